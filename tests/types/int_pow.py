# Integer powers, including negative bases and zero exponents.
print(2 ** 0, 2 ** 1, 2 ** 10)
print(0 ** 0, 0 ** 5, 1 ** 1000)
print((-2) ** 3, (-2) ** 4, (-1) ** 1001)
print(3 ** 40)
print(7 ** 23)
print(10 ** 18, 10 ** 19, 10 ** 20)
print(2 ** 63, 2 ** 64, 2 ** 65)
print((-3) ** 33)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(type(2 ** 3).__name__, type(2 ** -1).__name__)
x = 5
x **= 3
print(x)
