# str and repr of containers use repr for the items.
print(str([1, "a", 2.5, None]))
print(str(("é", "漢")))
print(str({"a": "b", 1: [2]}))
print(repr([["x"]]), str([["x"]]))
print(str([0.1, 1e16, -0.0, float("inf")]))
print(str({}), str([]), str(()))
print(str([True, range(2), b"x"]))
