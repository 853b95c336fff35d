# Tuples are built by commas and taken apart by unpacking.
t = 1, 2, 3
print(t, type(t).__name__)
a, b, c = t
print(a, b, c)
u = "x",
print(u, len(u))
(p, q), r = (1, 2), 3
print(p, q, r)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 3, 9])
print(lo, hi)
e = ()
print(e, len(e))
first, *rest = t
print(first, rest)
