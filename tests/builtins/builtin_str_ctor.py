# str() of values and of nothing.
print(repr(str()), str(0), str(-12), str(1.25), str(True), str(None))
print(str([1, "a", None]), str(("x",)), str({1: "one"}))
print(str("é漢"), len(str(2 ** 64)))
print(str(1e16), str(1.0), str(-0.0), str(float("inf")))
print(str(str("nested")))
print(type(str(5)).__name__)
