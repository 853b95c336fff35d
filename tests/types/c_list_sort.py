# list.sort and sorted: stability, key=, reverse=, fast paths, mutation and errors.
import_ok = True
a = [5, 3, 8, 1, 9, 2, 7]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "Cherry", "é", "z"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
print(sorted([3.5, -1.25, 2.0, 0.0]), sorted([3, 1.5, 2, -7]))
print(sorted([[2, 1], [1, 2], [1], []]))
# Longer inputs exercise runs and merges.
n = 1000
seq = [(i * 7919) % n for i in range(n)]
s = sorted(seq)
print(s == list(range(n)), s[:5], s[-5:])
print(sorted(range(500, 0, -1))[:5], sorted(list(range(300)) + list(range(300)))[::97])
k = sorted(range(200), key=lambda x: x % 3)
print(k[:10], k[-5:])
r = sorted(range(200), key=lambda x: x % 3, reverse=True)
print(r[:10], r[-5:])
strs = [str((i * 37) % 101) for i in range(101)]
print(sorted(strs)[:10], sorted(strs, key=int)[-3:])
asc = list(range(100)) + [50] + list(range(100, 200))
print(sorted(asc)[48:53])
stable = sorted([(x % 5, i) for i, x in enumerate(range(100, 0, -1))], key=lambda t: t[0])
print(stable[:6], all(stable[i][1] < stable[i + 1][1] for i in range(len(stable) - 1) if stable[i][0] == stable[i + 1][0]))
print([].sort(), sorted([]), sorted([1]), sorted((3, 2, 1)), sorted("cba"), sorted({3: 0, 1: 0}))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
check(lambda: l.sort(key=lambda x: l.append(x)))
print(l)
l = [3, 1, 2]
def mutate(x):
    l.append(x)
    return x
check(lambda: l.sort(key=mutate))
print(l)
l = [3, 1, 2]
def clear(x):
    l.clear()
    return x
check(lambda: l.sort(key=clear))
print(l)
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("no 13")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
items = [Bad((i * 17) % 40) for i in range(40)]
check(lambda: items.sort())
print(sorted(b.v for b in items) == list(range(40)), len(items))
items = [Bad(i) for i in range(100, 0, -1)] + [Bad(13)] + [Bad(i) for i in range(200, 100, -1)]
check(lambda: items.sort())
print(sorted(b.v for b in items) == sorted(list(range(1, 201)) + [13]))
check(lambda: sorted([1, 2], key=lambda x: 1 // 0))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print([c.v for c in sorted([Cmp(3), Cmp(1), Cmp(2)])])
print(sorted([True, False, 0, 1, -1]), sorted([1, True, 0, False]))
