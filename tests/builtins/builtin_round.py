# round with and without ndigits.
print(round(1.4), round(1.6), round(-1.4), round(-1.6))
print(round(3), round(-3), round(2 ** 70))
print(round(3.14159, 2), round(3.14159, 0), round(2.675, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-0.5), round(0.0), round(1e20))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(5, 1)).__name__)
print(round(0.1 + 0.2, 10), round(1 / 3, 5))
print(round(123.456, -1), round(-123.456, 1))
