# Metaclass __prepare__: makes the class namespace, gets the class keywords.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return {"injected": 42, "order": []}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Base:
    pass

class C(Base, metaclass=Meta, flag=True):
    seen = injected + 1
    def method(self):
        return "m"

print(C.injected, C.seen, C().method(), type(C).__name__)

# Subclasses of a class with a metaclass use it (and its __prepare__) too.
class D(C, flag=False):
    pass
print(type(D).__name__, D.injected)

# An ordered namespace: the body's assignment order is kept.
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return dict()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.names = [k for k in ns if not k.startswith("__")]
        return cls
class O(metaclass=Ordered):
    z = 1
    a = 2
    m = 3
print(O.names)

# __prepare__ must return a mapping.
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError", e)

# Errors inside __prepare__ propagate.
class RaisingMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        raise ValueError("no namespace for " + name)
try:
    class Y(metaclass=RaisingMeta):
        pass
except ValueError as e:
    print("ValueError", e)

# A plain function as metaclass: no __prepare__, called with (name, bases, ns).
def fmeta(name, bases, ns, **kw):
    return (name, sorted(k for k in ns if not k.startswith("__")), kw)
class F(metaclass=fmeta, extra=1):
    q = 1
print(F)
