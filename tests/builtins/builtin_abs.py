# abs of ints, floats and bools.
print(abs(0), abs(5), abs(-5))
print(abs(2 ** 100), abs(-(2 ** 100)))
print(abs(-(2 ** 63)), abs(-(2 ** 31)))
print(abs(1.5), abs(-1.5), abs(-0.0), abs(0.0))
print(abs(float("-inf")), abs(float("nan")))
print(abs(True), abs(False))
print(abs(-1e-320))
print(type(abs(-1)).__name__, type(abs(-1.0)).__name__)
