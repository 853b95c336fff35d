import math
print(math.fsum([1e16, 1.0, 1e-16]), math.fsum([1e308, -1e308, 1.0]), math.fsum([-0.0]), math.fsum([0.1, 0.2, 0.3]))
print(math.fsum(1 / n for n in range(1, 1000)), math.fsum([2.0 ** -1074] * 3), math.fsum([1, 1e-16, 1e-16]))
print(math.fsum([math.nan, 1]), math.fsum([-math.inf, 5]), math.fsum(range(100)), math.fsum(iter([True, 2])))
