# Float arithmetic follows IEEE double rounding.
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25)
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 0.3 / 0.1)
print(1e308 * 10, -1e308 * 10)
print(1e-320 / 10, 5e-324 / 2)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 3)
print(10.0 ** 20, 10.0 ** 22, 10.0 ** 23)
print(1.0 - 1e-16, 1.0 + 1e-16, 1.0 + 2.3e-16)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
