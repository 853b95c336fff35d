# popitem() then insertion, over and over: the table never fills up with deleted slots.
d = {}
for i in range(5):
    d[i] = i
for r in range(1000):
    k, v = d.popitem()
    d[k + 100] = v
print(len(d), sorted(d)[:3])
e = {i: i for i in range(20)}
for r in range(500):
    e.popitem(); e.popitem()
    e[r * 2 + 1000] = 1; e[r * 2 + 1001] = 2
print(len(e))
