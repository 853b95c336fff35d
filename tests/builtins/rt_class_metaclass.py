# Metaclasses: __new__/__init__ via super(), methods on classes, __call__, inheritance, factories.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registry = [name]
    def describe(cls):
        return "class " + cls.__name__
class A(metaclass=Meta):
    x = 1
    def m(self):
        return "m"
class B(A):
    pass
print(type(A).__name__, type(B).__name__, A.added, B.added, A.registry, B.registry)
print(A.describe(), B.describe(), A().m(), A.x, isinstance(A, type), isinstance(A, Meta))
print(A, repr(B), A.__name__, B.__mro__[1].__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
c1 = Conf(5)
c2 = Conf(7)
print(c1 is c2, c1.v, type(c1).__name__, isinstance(c1, Conf))
class Reg(type):
    classes = []
    def __init__(cls, name, bases, ns):
        Reg.classes.append(name)
class P(metaclass=Reg): pass
class Q(P): pass
print(Reg.classes)
class WithCGI:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(WithCGI[int])
class Plain: pass
print(type(Plain) is type, type(type) is type)
def factory(name, bases, ns):
    return "made " + name
class Z(metaclass=factory): pass
print(Z)
class IterMeta(type):
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
class Colors(metaclass=IterMeta):
    items = ["r", "g"]
print(list(Colors), len(Colors))
