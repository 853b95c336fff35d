# Tuples of hashable items can be dict keys.
d = {}
d[(0, 0)] = "origin"
d[(1, 2)] = "point"
d[("a", (1, 2))] = "nested"
d[()] = "empty"
print(d[(0, 0)], d[1, 2], d[("a", (1, 2))], d[()])
print((1, 2) in d, (2, 1) in d)
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], len(grid))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)))
k = tuple([1, 2])
print(d[k])
