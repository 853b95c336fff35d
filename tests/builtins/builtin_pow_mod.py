# pow with a modulus, for small and big numbers.
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 1, 1))
print(pow(2, 100, 10 ** 9 + 7))
print(pow(12345678901234567890, 98765432109876543210, 10 ** 20 + 39))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(2, -1, 9))
print(pow(10, 30, 2 ** 64))
print(pow(2, 2 ** 70, 97))
