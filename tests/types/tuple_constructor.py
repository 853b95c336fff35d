# tuple() from iterables.
print(tuple(), tuple([]), tuple([1, 2]))
print(tuple("ab"), tuple(range(3)))
print(tuple({"x": 1, "y": 2}))
print(tuple([[1], [2]]))
t = (1, 2)
print(tuple(t) == t)
print(tuple(map(str, (1, 2))))
print(tuple([x * 2 for x in [1, 2]]), tuple(""))
