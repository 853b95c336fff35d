# Integer addition and subtraction, small and across the machine-word boundaries.
print(1 + 2, 2 - 5, -3 + -4, -3 - -4)
print(0 + 0, 0 - 0)
print(2 ** 30 + 2 ** 30)
print(2 ** 62 + 2 ** 62)
print(2 ** 63 - 1 + 1)
print(2 ** 64 - 1 + 1)
print(-(2 ** 63) - 1)
print(-(2 ** 64) + 1)
print(10 ** 30 - 10 ** 30)
print(10 ** 30 - (10 ** 30 + 1))
print(99999999999999999999 + 1)
print(-99999999999999999999 - 1)
print(2 ** 200 - 2 ** 199)
x = 0
for i in range(100):
    x += 2 ** 60
print(x)
