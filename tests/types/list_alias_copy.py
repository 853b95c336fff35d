# Assignment aliases a list; slicing, list() and copy() make shallow copies.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
a[1].append(5)
print(a)
print(b)
print(c)
print(d)
print(e)
print(b is a, c is a, c == d == e)
