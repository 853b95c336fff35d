# Many keys of several kinds: growth, deletion, reinsertion and order.
d = {}
for i in range(10000):
    d[i] = i * 2
print(len(d), d[9999], d[0], sum(d.values()))
for i in range(0, 10000, 2):
    del d[i]
print(len(d), list(d)[:5], 4 in d, 5 in d)
for i in range(0, 10000, 2):
    d[i] = -i
print(len(d), list(d)[:3], list(d)[-3:])
s = {}
for i in range(3000):
    s["k%d" % i] = i
print(len(s), s["k2999"], "k3000" in s, list(s)[-1])
t = {}
for i in range(1000):
    t[(i, str(i))] = i
print(len(t), t[(999, "999")], (5, "5") in t, (5, 5) in t)
f = {}
for i in range(500):
    f[i / 4] = i
print(len(f), f[2.5], f[3], 2 in f)
q = {}
for i in range(20):
    q[i] = i
    del q[i]
print(q, len(q))
for i in range(100):
    q[i] = i
while q:
    q.popitem()
print(q)
big = dict.fromkeys(range(5000))
print(len(big), big.get(4999, "no"), big.get(5000, "no"))
neg = {-i: i for i in range(-50, 50)}
print(len(neg), neg[-1], neg[1], list(neg)[:3])
