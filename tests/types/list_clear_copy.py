# clear empties a list in place; copy gives a new equal list.
a = [1, 2, 3]
b = a
a.clear()
print(a, b, len(b))
c = [1, 2]
d = c.copy()
d.append(3)
print(c, d)
print([].copy(), [].clear())
e = list(range(5))
f = e.copy()
print(e == f, e is f)
