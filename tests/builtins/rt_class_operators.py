# Operator methods of classes: arithmetic, reflected, in-place, comparisons, containers.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        return V(self.x + o, self.y + o)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iadd__(self, o):
        self.x += o
        self.y += o
        return self
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return "V(%d, %d)" % (self.x, self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __hash__(self):
        return hash((self.x, self.y))
a, b = V(1, 2), V(3, 4)
print(a + b, 1 + a, a * 3, 2 * a, -a)
c = a
c += 10
print(c, a is c)
print(a == V(11, 12), a != b, a < b, b > a, sorted([b, a, V(0, 0)]))
print(len(a), a[0], list(a), 11 in a, 5 in a, bool(V(0, 0)), bool(a))
print({a: 1}[V(11, 12)])
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
try:
    a <= b
except TypeError as e:
    print("TypeError", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __call__(self, k):
        return self.v + k
n = Num(3)
print([10, 20, 30, 40][n], hex(n), n(4), callable(n), callable(a))
