# MemoryError while a dict and a set grow: they stay consistent and usable.
d = {}
try:
    for i in range(10 ** 9):
        d[i] = i
except MemoryError:
    print("MemoryError dict")
n = len(d)
print(d[0], d[n - 1] == n - 1, (n - 1) in d, n not in d)
del d
s = set()
try:
    for i in range(10 ** 9):
        s.add(i)
except MemoryError:
    print("MemoryError set")
m = len(s)
print(0 in s, (m - 1) in s, m in s)
del s
print({i: i for i in range(5)}, "alive")
