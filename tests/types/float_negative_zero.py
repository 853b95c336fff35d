# -0.0 prints with its sign but equals 0.0.
z = -0.0
print(z, repr(z), str(z))
print(z == 0.0, z == 0)
print(0.0 * -1, -0.0 * -1)
print(-0.0 + 0, 0 - 0.0, -0.0 - 0.0)
print(abs(-0.0))
print(-0.0 / 1, 0.0 / -1)
print([-0.0, 0.0])
print(int(-0.0), float("-0"), float("-0.0"))
print(round(-0.4), round(-0.4, 1))
