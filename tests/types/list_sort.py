# sort orders a list in place and returns None.
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
b = ["pear", "apple", "fig", "Banana"]
b.sort()
print(b)
c = [3.5, -1, 2, 0.0, True]
c.sort()
print(c)
d = []
d.sort()
print(d)
e = [[2, "b"], [1, "z"], [2, "a"]]
e.sort()
print(e)
f = list(range(100, 0, -1))
f.sort()
print(f[:5], f[-5:])
g = [(1, 2), (1,), ()]
g.sort()
print(g)
