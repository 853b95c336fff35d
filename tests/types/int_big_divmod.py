# Division of big ints by small and big divisors.
a = 3 ** 150
b = 7 ** 40
print(a // b)
print(a % b)
print(divmod(a, b))
print(divmod(-a, b))
print(divmod(a, -b))
print(a // 10, a % 10)
print((10 ** 60 + 123) // (10 ** 30), (10 ** 60 + 123) % (10 ** 30))
print(2 ** 200 // (2 ** 100 - 1))
print((a * b) // b == a, (a * b + 5) % b)
