# abs and negation of ints of every size.
for n in [0, 5, -5, 2 ** 31, -(2 ** 31), 2 ** 63, -(2 ** 63), 10 ** 30, -(10 ** 30)]:
    print(abs(n), -n, abs(-n) == abs(n))
print(abs(True), abs(False))
print(-(-(2 ** 100)) == 2 ** 100)
print(abs(-(2 ** 62)), abs(-(2 ** 62) - 1))
print(-0, abs(-0))
x = -12345678901234567890
print(abs(x), abs(x) - (-x))
print(type(abs(-3)).__name__, type(abs(True)).__name__)
