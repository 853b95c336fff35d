# Comparisons between ints of all sizes and signs.
vals = [-(2 ** 100), -(2 ** 63), -1, 0, 1, 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 100]
for i in range(len(vals) - 1):
    a, b = vals[i], vals[i + 1]
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(2 ** 100 == 2 ** 100, 2 ** 100 == 2 ** 100 + 1)
print(-0 == 0, 10 ** 20 > 10 ** 19)
print(max(vals), min(vals))
print(sorted([5, -(2 ** 70), 3, 2 ** 70, 0]))
