# Sets and frozensets: construction, membership, methods, operators, repr and order.
s = {3, 1, 2}
print(s, set(), frozenset(), frozenset([2, 1]), set("a"), set(range(5)), set([1, 1, 2]))
print(set({1: 2, 3: 4}), set((5, 6)), set(x * 2 for x in range(3)), frozenset(frozenset({7})))
print(len(s), 1 in s, 9 in s, 9 not in s, bool(set()), bool({0}))
s.add(4); s.add(1)
print(s)
s.discard(4); s.discard(99)
s.remove(3)
print(s)
print(set([5, 3, 1, 10, 100, 64]), set([-1, -2, 7]), set(range(20, 0, -3)), set([1, 2, 3]) | set([8, 16]))
print({1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2, 3} ^ {2, 3, 4}, {8, 1} | {3, 16})
print(set(range(100)) - set(range(0, 100, 3)))
a = set(range(30))
for i in range(0, 30, 2):
    a.discard(i)
a.add(100)
print(a)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {1, 2}, {1, 2} == frozenset({1, 2}), {1} != {2})
print(set().union([1], [2]), {1, 2}.intersection([2, 3], [2]), {1, 2, 3}.difference([1], [2]))
print({1, 2}.symmetric_difference([2, 3]), {1, 2}.union(), {1}.intersection(), {1}.difference())
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]), {1}.isdisjoint({1}))
print({1, 2}.issubset({1}), set().issubset([]), {1}.issuperset({1, 2}), set().isdisjoint(set()))
u = {1}
u.update([2], (3,), {4: 0})
print(u)
u.intersection_update([1, 2, 3, 9])
print(u)
u.difference_update({1}, [2])
print(u)
u.symmetric_difference_update([3, 4, 5])
print(u)
v = {1, 2}
w = v
v |= {3}
v &= {1, 2, 3, 4}
v -= {1}
v ^= {9}
print(v, w is v)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, type(f).__name__, f is g)
print(frozenset({1}) | {2}, type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
print(frozenset([1, 2]).union([3]), frozenset([1]).copy() is not None, type(frozenset().copy()).__name__)
print({frozenset({1})}, frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()) == hash(frozenset([])))
print({frozenset({1, 2}): "a"}[frozenset([2, 1])])
p = {1, 2, 3}
print(p.pop(), p.pop(), p, p.copy(), type(p.copy()).__name__)
p.clear()
print(p, len(p))
print({1, 1.0, True}, {0, False, 0.0}, {(1, 2), (1, 2)}, {"a", "a"})
print(sorted({"pear", "apple", "fig"}), sorted(frozenset("hello")))
big = set(range(1000))
big2 = set(range(500, 1500))
print(len(big | big2), len(big & big2), len(big - big2), len(big ^ big2), min(big & big2))
print(set([5, 4, 3, 2, 1]) == {1, 2, 3, 4, 5}, list({7: 0, 3: 0}.keys() | {1}))
print({i * 8 for i in range(10)}, {i * -1 for i in range(10)})
print(set([1, 2, 3]) - {2}.union({3}), {1, 2} & frozenset({2}))
