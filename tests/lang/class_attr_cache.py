# Attribute reads and writes on instances stay right when classes change
# after the first accesses (the VM caches per class and name).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def read(o):
    return o.x

def write(o, v):
    o.x = v

a = P(1, 2)
b = P(3, 4)
for i in range(3):
    print(read(a), read(b))
    write(a, i)

# Different insertion orders: the remembered position differs per instance.
c = P(5, 6)
del c.x
c.x = 7
c.z = 8
print(read(c), read(a), c.__dict__)

# A property added to the class later takes precedence over the instance dict.
P.x = property(lambda self: "prop", lambda self, v: print("set", v))
print(read(a), read(c))
write(a, 99)
print(a.__dict__["x"])
del P.x
print(read(a))

# A __setattr__ added later intercepts stores; removing it restores them.
def hook(self, name, value):
    print("hook", name, value)
    object.__setattr__(self, name, value * 2)
P.__setattr__ = hook
write(a, 5)
print(read(a))
del P.__setattr__
write(a, 5)
print(read(a))

# A __getattribute__ added later answers every read.
P.__getattribute__ = lambda self, name: "ga-" + name
print(read(a))
del P.__getattribute__
print(read(a))

# Subclasses, class attributes shadowed by instance attributes, deletion.
class Q(P):
    x = "class"
q = Q(10, 20)
print(read(q))
del q.x
print(read(q))
q.x = 11
print(read(q))
Q.x = "changed"
print(read(q))
del q.x
print(read(q))

# Changing __class__ of an instance.
class R:
    x = "R's"
    def __init__(self):
        self.y = 1
r = R()
print(read(r))
r.__class__ = P
r.x = 3
print(read(r), r.__dict__)

# Writing through __dict__ and replacing it.
a.__dict__["x"] = "via dict"
print(read(a))
a.__dict__ = {"x": "new dict"}
print(read(a))
write(a, "stored")
print(a.__dict__)

# Data descriptors defined in Python.
class D:
    def __get__(self, obj, cls):
        return "desc"
    def __set__(self, obj, value):
        print("desc set", value)
class S:
    pass
s = S()
s.x = 1
print(read(s))
S.x = D()
print(read(s))
write(s, 2)
print(s.__dict__)

# Missing attributes still raise AttributeError with CPython's message.
class E:
    pass
try:
    read(E())
except AttributeError as e:
    print(e)
class G:
    def __getattr__(self, name):
        return "getattr-" + name
print(read(G()))
