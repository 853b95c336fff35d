# max over several arguments or one iterable.
print(max(3, 1, 2), max([3, 1, 2]), max((5,)))
print(max("hello"), max(["b", "a", "c"]))
print(max(1, 1.0), max(1.0, 1), max(2, 2.5))
print(max([[2], [1, 5], [2, 0]]))
print(max(range(5, 10)), max(2 ** 70, 0))
print(max({"a": 1, "z": 0}))
print(max([False, True, 1]))
print(max("é", "e", "漢"))
