# Carries and borrows that run through every digit of a big int.
print(2 ** 128 - 1 + 1 == 2 ** 128)
print(2 ** 128 - (2 ** 128 - 1))
print(10 ** 50 - 1)
print(10 ** 50 - 1 + 1)
print(-(10 ** 50) + 1)
print((2 ** 200 - 1) + (2 ** 200 - 1))
print(2 ** 300 - 2 ** 299 - 2 ** 298)
a = 2 ** 64
b = a - 1
print(a - b, b - a)
print(sum([2 ** 63 - 1] * 10))
