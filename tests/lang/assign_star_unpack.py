# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcde"
print(a, mid, z)
a, *mid, z = "az"
print(a, mid, z)
*everything, = (1, 2)
print(everything)
x, *y = range(1)
print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)
