# list.count counts equal items.
a = [1, 2, 2, 3, 3, 3, "3"]
print(a.count(1), a.count(2), a.count(3), a.count("3"), a.count(4))
print([].count(None))
print([1, 1.0, True].count(1))
print([[1], [1], 1].count([1]))
print([None, None].count(None))
print(list("mississippi").count("s"))
