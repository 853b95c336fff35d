# Powers with float operands.
print(2.0 ** 10, 2.0 ** -10, 2.0 ** 0.5, 9.0 ** 0.5)
print(0.0 ** 0, 0.0 ** 2, 1.0 ** 1e300)
print((-2.0) ** 2, (-2.0) ** 3, (-8.0) ** 2.0)
print(10.0 ** -5, 10.0 ** 15, 10.0 ** 16)
print(1.5 ** 100)
print(2 ** 0.5 * 2 ** 0.5)
print(float("inf") ** 0, 1 ** float("inf"), float("inf") ** -1)
print(pow(2.0, 3), pow(2, -1.0), pow(4.0, 0.5))
