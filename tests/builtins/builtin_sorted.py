# sorted returns a new sorted list from any iterable.
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"))
print(sorted([]), sorted({"b": 1, "a": 2}))
print(sorted(range(5, 0, -1)), sorted([1.5, -2, 0, True]))
a = [5, 4, 3]
b = sorted(a)
print(a, b, a is b)
print(sorted(["b", "B", "a", "A", "é"]))
print(sorted([(2, 1), (1, 2), (1, 1)]))
print(sorted([3, 1, 2], reverse=True))
