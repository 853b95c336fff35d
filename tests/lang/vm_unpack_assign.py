# Assignment forms: chained, swaps, nested and starred unpacking, augmented on attributes/items.
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
(a, b), [c, *d] = (1, 2), range(5)
print(a, b, c, d)
first, *mid, last = "abcdef"
print(first, mid, last)
*init, tail = [1]
print(init, tail)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1,)
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
class O:
    pass
o = O()
o.v = 1
o.v += 5
l = [1, 2, 3]
i = 0
def idx():
    global i
    i += 1
    return 1
l[idx()] += 10
print(o.v, l, i)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 1
print(d)
for k, (m, n) in enumerate([(1, 2), (3, 4)]):
    print(k, m, n)
o.a, l[0] = 7, 8
print(o.a, l)
s = "x"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
n = 10
n //= 3; n **= 2; n %= 5; n <<= 3; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
print([v := 5, v + 1])
def walrus():
    if (m := 3) > 2:
        return m
print(walrus())
print([y for x in range(3) if (y := x * 2)], y)
