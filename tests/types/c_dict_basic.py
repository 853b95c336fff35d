# Dict basics: construction, lookup, update, methods, operators and repr.
d = {"a": 1, "b": 2}
print(d, d["a"], d.get("b"), d.get("z"), d.get("z", 0), len(d), "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
print(d)
d["b"] = 20
print(d)
print(dict(), dict(a=1), dict([(1, 2), [3, 4]]), dict({1: 2}), dict({1: 2}, x=3), dict([("a", 1)], a=2))
print(dict(zip("abc", range(3))), dict((k, k * k) for k in range(4)), dict(["ab", "cd"]))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys((5,), "v"))
print(d.setdefault("a"), d.setdefault("new", []), d.setdefault("n2"), d)
print(d.pop("new"), d.pop("missing", "default"), d)
e = {1: "one", 2: "two", 3: "three"}
print(e.popitem(), e.popitem(), e)
e[4] = "four"
print(e.popitem(), e)
u = {"x": 1}
u.update({"y": 2})
u.update([("z", 3)])
u.update(w=4)
u.update({"x": 0}, v=5)
u.update()
print(u)
print({1: 2} | {3: 4}, {1: 2} | {1: 3})
m = {1: 1}
alias = m
m |= {2: 2}
m |= [(3, 3)]
print(m, alias is m)
c = m.copy()
c[9] = 9
print(m, c)
c.clear()
print(c, len(c), bool(c), bool(m))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {})
print({1: [1]} == {1: [1]}, {1: 2} == [(1, 2)])
print({1: 1, True: 2, 1.0: 3}, {0: "a", False: "b", 0.0: "c"})
print({(1, 2): 3, frozenset([1]): 4, None: 5, "": 6})
n = {}
for i in range(50):
    n[i * 3] = i
for i in range(0, 150, 6):
    del n[i]
print(len(n), sum(n.values()), list(n)[:5], n.get(3), n.get(6))
keys = [str(i) for i in range(200)]
big = {}
for k in keys:
    big[k] = len(k)
print(len(big), big["199"], all(big[k] == len(k) for k in keys))
s = "".join(["ke", "y"])
q = {"key": 1}
print(q[s], s in q, q.get(s))
q[s] = 2
print(q, len(q))
print(str({"a": "b"}), repr({'q"': "'"}))
print(list(reversed({1: 1, 2: 2, 3: 3})), list(reversed({1: 1}.items())), list(reversed({}.values())))
print(sorted({3: 1, 1: 2}), max({1: 0, 5: 0}), sum({1: 0, 2: 0}))
