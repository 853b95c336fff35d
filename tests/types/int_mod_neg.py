# The result of % takes the sign of the divisor.
for a in [7, -7, 6, -6, 0, 1, -1]:
    for b in [2, -2, 3, -3]:
        print(a, b, a % b)
print(2 ** 100 % 7, -(2 ** 100) % 7)
print(2 ** 100 % -7, -(2 ** 100) % -7)
print(10 ** 30 % 10 ** 20, 10 ** 30 % (10 ** 20 + 1))
a, b = -17, 5
print(a == (a // b) * b + a % b)
