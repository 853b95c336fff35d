# Container methods called unbound (dict.pop(obj, k)), on derived classes and on the wrong types.
class O(dict): pass
o = O(a=1, b=2)
print(dict.pop(o, 'a'), dict.items(o), dict.get(o, 'b'), dict.keys(o), len(o))
dict.clear(o); print(o, len(o))
class E(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1
print(E(a=1)['a'])
class M(dict):
    def __missing__(self, k):
        return -1
print(M()['q'])
class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10
    def __len__(self):
        return list.__len__(self) + 100
l = L([1, 2])
print(l[1], len(l), list.append(l, 3), l, list.__len__(l))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: dict.pop(5, 'a'))
check(lambda: list.append((), 1))
check(lambda: set.add(frozenset(), 1))
check(lambda: frozenset.union(set([1]), [2]))
check(lambda: set.union(frozenset([1]), [2]))
check(lambda: tuple.count([1], 1))
check(lambda: type({}.keys()).isdisjoint(5, []))
