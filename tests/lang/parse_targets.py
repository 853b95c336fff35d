# Assignment targets: chained, tuple/list, nested, starred, attributes, subscripts.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
print(x, y)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = "pq"
print(p, q)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1, 2, 3]
print(init, tail)
head, *rest = "a",
print(head, rest)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
class O:
    pass
obj = O()
obj.v, d = 7, {}
d["k"], d["j"] = 1, 2
print(obj.v, sorted(d.items()))
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for *s, t in [(1, 2, 3)]:
    print(s, t)
l = [0, 0, 0]
l[0], l[1:] = 9, [8]
print(l)
x = y, = [6]
print(x, y)
n: int = 3
print(n)
(n) = 4
print(n)
