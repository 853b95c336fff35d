# == on lists compares length and items.
print([] == [], [1] == [1], [1] == [1, 1])
print([1, [2, [3]]] == [1, [2, [3]]])
print([1, [2, [3]]] == [1, [2, [4]]])
print([1, 2] == [1.0, 2.0], ["a"] == ["a"])
print([None] == [None], [None] == [])
a = [1, 2, 3]
print(a == a[:], a == list(reversed(a))[::-1])
print([float("nan")] == [float("nan")])
