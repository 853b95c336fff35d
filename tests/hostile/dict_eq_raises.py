# __eq__/__hash__ that raise during dict and set operations; the containers stay consistent.
class K:
    def __init__(self, h, boom=False):
        self.h = h
        self.boom = boom
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.boom or getattr(other, "boom", False):
            raise ValueError("eq boom")
        return self is other

a, b = K(1), K(1, boom=True)
d = {a: 1}
for op in (lambda: d.__setitem__(b, 2), lambda: d[b], lambda: b in d, lambda: d.pop(b), lambda: d.get(b)):
    try:
        print(op())
    except ValueError as e:
        print(type(e).__name__, e)
print(len(d), d[a])
s = {a}
try:
    s.add(b)
except ValueError as e:
    print(type(e).__name__, e)
print(len(s), a in s)

class H:
    def __hash__(self):
        raise TypeError("no hash")
try:
    {H(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1, H()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
print("alive")
