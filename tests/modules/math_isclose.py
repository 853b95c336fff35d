import math
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 101, rel_tol=0.009), math.isclose(-1, 1))
print(math.isclose(math.nan, math.nan), math.isclose(math.inf, -math.inf), math.isclose(1e-300, 0, abs_tol=1e-200))
print(math.isclose(a=1, b=1.0), math.isclose(5, 5.0000000001, rel_tol=0, abs_tol=0))
