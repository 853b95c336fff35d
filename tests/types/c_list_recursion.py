# Self-containing containers print with "[...]" / "{...}" and compare without crashing.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
b = [a, [a]]
print(b)
d = {"x": 1}
d["self"] = d
print(d)
d["list"] = [d, a]
print(d)
t = (a, d)
print(t)
e = []
e.append([e, e])
print(e)
class R:
    def __repr__(self):
        raise ValueError("boom")
c = [1, R()]
try:
    print(repr(c))
except ValueError as ex:
    print("ValueError", ex)
c[1] = c
print(c)
k = {}
k[1] = k.keys()
print(k)
