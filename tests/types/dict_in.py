# in tests keys, not values.
d = {"a": 1, 2: "b", (3, 4): None, None: 0}
print("a" in d, 1 in d, 2 in d, "b" in d)
print((3, 4) in d, (4, 3) in d, None in d)
print("z" not in d, "a" not in d)
print(2.0 in d, True in {1: 1})
print("" in {}, 0 in {0: 0})
