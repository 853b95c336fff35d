# enumerate yields (index, item) pairs, from an optional start.
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)))
print(list(enumerate([], 5)))
print(list(enumerate(range(3), start=-1)))
for i, c in enumerate("hi"):
    print(i, c)
e = enumerate([10, 20])
print(next(e), next(e))
print(dict(enumerate("ab")))
print(list(enumerate((1, 2), 2 ** 64)))
