# list.index returns the position of the first equal item.
a = ["a", "b", "c", "b"]
print(a.index("a"), a.index("b"), a.index("c"))
print(a.index("b", 2), a.index("b", -1))
print([1, 2.0, True].index(2), [1, 2.0, True].index(1.0))
print([[1], [2]].index([2]))
try:
    a.index("z")
except ValueError as e:
    print("ValueError", e)
try:
    a.index("a", 1)
except ValueError:
    print("not after 1")
