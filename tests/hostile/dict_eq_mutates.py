# __eq__ that mutates the dict or set being searched: no crash, defined outcome.
class M:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.d.clear()
        return False

d = {}
k1 = M(d)
d[k1] = 1
k2 = M(d)
try:
    d[k2] = 2
    print("set", len(d))
except RuntimeError as e:
    print(type(e).__name__)
print(isinstance(len(d), int))

class Grow:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 3
    def __eq__(self, other):
        for i in range(100):
            self.d[i + 1000] = i
        return False

d2 = {}
d2[Grow(d2)] = 1
try:
    print(Grow(d2) in d2)
except RuntimeError as e:
    print(type(e).__name__)
print(len(d2) >= 1)
s = set()
class SM:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        s.clear()
        return False
s.add(SM())
try:
    s.add(SM())
except RuntimeError as e:
    print(type(e).__name__)
print(len(s) <= 2)
print("alive")
