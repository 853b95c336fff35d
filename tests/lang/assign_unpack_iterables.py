# Any iterable can be unpacked: strings, ranges, dicts, lists of pairs.
a, b, c = "xyz"
print(a, b, c)
d, e = range(2)
print(d, e)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
(n1, v1), (n2, v2) = {"a": 1, "b": 2}.items()
print(n1, v1, n2, v2)
u, v = map(str, [7, 8])
print(u, v)
first, second = zip([1, 2], [3, 4])
print(first, second)
x, y = sorted([5, 2])
print(x, y)
