# Class keywords: __init_subclass__ arguments, metaclass keywords, type() with keywords.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class X(Base, tag="x"):
    pass
class Y(X):
    pass
print(X.tag, Y.tag, Base.registry)
try:
    class Z(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
T = type("T", (Base,), {"a": 1}, tag=5)
print(T.tag, T.a, Base.registry)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["options"] = sorted(kw.items())
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class M(metaclass=Meta, b=2, a=1):
    pass
print(M.options, type(M).__name__)
