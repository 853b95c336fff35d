# Classes derived from the containers: construction, methods, slots and super().
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.append(4)
l.sort()
print(l, len(l), l[0], l[-1], l[1:3], l.total(), 2 in l, isinstance(l, list), type(l).__name__)
print(l == [1, 2, 3, 4], [1, 2, 3, 4] == l, l + [5], [0] + l, list(reversed(l)), sorted(l, reverse=True))
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), len(d), "zz" in d, sorted(d.items()))
class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counter()
c["x"] = 1
print(c, c["x"], dict.__getitem__(c, "x"), list(c.keys()))
class T(tuple):
    pass
t = T([1, 2])
print(t, t[0], len(t), t + (3,), t == (1, 2), hash(t) == hash((1, 2)))
class S(set):
    pass
s = S([1, 2])
s.add(3)
print(sorted(s), len(s), 2 in s, s == {1, 2, 3}, {1, 2, 3} == s, sorted(s | {4}), sorted({0} | s))
print({1: 2}.keys() & S([1]), set([1, 2]).issubset(S([1, 2, 3])), frozenset([1]) < S([1, 2]))
print(dict(D(q=1)), list(L("ab")), tuple(T("xy")), set(S("z")))
print(dict.__len__({1: 2}), list.__getitem__([5, 6], 1), [1, 2].__contains__(2), {1: 2}.__iter__().__next__())
u = {}
u.update(D(w=5))
print(u, {(1, 2): "v"}.items() & {T([1, 2]): 0}.keys() == set(), T([1, 2]) in {(1, 2)})
print(list(reversed(L([1, 2, 3]))), list(reversed(D(a=1, b=2))))
