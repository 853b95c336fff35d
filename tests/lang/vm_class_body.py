# Class bodies: names, __module__/__qualname__/__doc__, decorators, super(), __class__, bases.
def deco(tag):
    def wrap(f):
        f.tag = tag
        return f
    return wrap

class Base:
    "doc of Base"
    count = 0
    def __init__(self, v):
        self.v = v
    def describe(self):
        return "Base(%r)" % (self.v,)
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__

class Derived(Base):
    count = Base.count + 1
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    @deco("marked")
    def describe(self):
        return "Derived:" + super().describe() + ":" + __class__.__name__
    class Inner:
        def where(self):
            return __class__.__qualname__

d = Derived(1, 2)
print(d.describe(), d.v, d.w, Derived.count, Base.count)
print(Base.__doc__, Derived.__doc__, Base.__module__, Derived.Inner.__qualname__)
print(Derived.describe.tag, Derived.describe.__qualname__, Derived.Inner().where())
print(Derived.s(), Derived.c(), d.c())
bases = (Base,)
class Star(*bases):
    pass
print(Star.__bases__ == (Base,), Star(5).describe())

def make_class(n):
    class Local:
        size = n
        items = [i * n for i in range(3)]
        def get(self):
            return self.size
    return Local
L = make_class(4)
print(L.size, L.items, L().get(), L.__qualname__)

class WithClassVarLookup:
    x = 1
    y = x + 1
    z = [x for _ in range(2)] if False else None
print(WithClassVarLookup.y)

@deco("cls")
class Decorated:
    pass
print(Decorated.tag)
class Empty:
    pass
print(Empty.__name__, type(Empty()).__name__)
def method_closure():
    val = 10
    class K:
        def get(self):
            return val
        nonlocal_test = val
    return K().get(), K.nonlocal_test
print(method_closure())
class Counter:
    n = 0
    def __call__(self):
        Counter.n += 1
        return Counter.n
c = Counter()
c(); c()
print(c(), c.__call__.__name__)
print(repr(Base.describe)[:23], repr(d.describe)[:30])
