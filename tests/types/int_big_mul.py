# Products of big integers.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * -b)
print(-a * -b)
print(a * a * a)
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)))
c = 2 ** 521 - 1
print(c * c % (2 ** 127 - 1))
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(11111111111111111111 * 11111111111111111111)
