# dict views: keys(), values(), items(): live, iterable, set-like.
d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), bool(k), bool({}.keys()))
print(1 in k, 5 in k, "a" in v, "z" in v, (1, "a") in i, (1, "b") in i, 1 in i, [1] in i, (1,) in i)
d[4] = "d"
print(k, v, i)
del d[1]
print(list(k), list(v), list(i))
print(k & {2, 3, 9}, k | {9}, k - {2}, k ^ {2, 9}, {2, 7} & k, {7} | k, {2, 3} - k)
print(i & {(2, "b")}, sorted(i | set()), sorted(i - {(2, "b")}))
print(k == {2, 3, 4}, k == {2}, k != {2}, k < {2, 3, 4, 5}, k <= {2, 3, 4}, k > {2}, k >= {2, 3, 4})
print(i == {(2, "b"), (3, "c"), (4, "d")}, k == [2, 3, 4], {2, 3, 4} == k)
print(k & [2, 2, 9], k | (5,), k - "ab", k ^ [2])
print(k.isdisjoint({7}), k.isdisjoint([2]), i.isdisjoint([(2, "b")]))
print(sorted(k), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(i)).__name__, type(reversed(d)).__name__)
e = {}
ek = e.keys()
e["x"] = 1
print(ek, list(ek), e.values(), e.items())
print(d.keys() & d.keys(), d.items() ^ d.items())
[(x, y)] = {1: 2}.items()
print(x, y)
try:
    hash(k)
except TypeError as ex:
    print("TypeError", ex)
