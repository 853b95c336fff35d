# Tuple unpacking, swapping and nested targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
g, (h, i) = 1, (2, 3)
print(g, h, i)
(j, k), (l, m) = (1, 2), [3, 4]
print(j, k, l, m)
x, = [99]
print(x)
p, q, r = range(3)
print(p, q, r)
a, b, c = b, c, a
print(a, b, c)
