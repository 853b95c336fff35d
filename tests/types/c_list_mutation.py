# Mutating a list while iterating or comparing never crashes.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 5:
        l.append(x + 3)
print(out, l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
m = [1]
it = iter(m)
print(list(it))
m.append(2)
print(list(it))
class Evil:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    def __repr__(self):
        return "Evil"
victim = [Evil(None) for _ in range(5)]
for e in victim:
    e.target = victim
print(Evil(victim) in victim, victim)
victim = [Evil(None) for _ in range(5)]
for e in victim:
    e.target = victim
print(victim.count(1), victim)
victim = [Evil(None) for _ in range(5)]
for e in victim:
    e.target = victim
try:
    victim.remove(1)
except ValueError as ex:
    print("ValueError", ex)
print(victim)
x = [Evil(None), 1]
y = [Evil(None), 1]
x[0].target = x
y[0].target = y
print(x == y, x, y)
r = list(range(5))
rev = reversed(r)
print(next(rev))
r.clear()
print(list(rev))
