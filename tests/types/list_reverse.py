# reverse works in place and returns None.
a = [1, 2, 3, 4]
print(a.reverse(), a)
b = [1, 2, 3]
b.reverse()
print(b)
c = []
c.reverse()
print(c)
d = ["x"]
d.reverse()
print(d)
e = list(range(10))
e.reverse()
e.reverse()
print(e)
print(list(reversed([1, 2, 3])))
