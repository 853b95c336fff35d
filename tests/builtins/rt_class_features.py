# Classes: MRO and super, type(), __setattr__, descriptors, __init_subclass__, hashing rules.
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, D): pass
except TypeError as e:
    print("TypeError", e)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__module__)
print(Outer, Outer.Inner)
T = type("T", (A,), {"x": 5, "who": lambda self: "T"})
print(T().who(), T.x, T.__name__, type(T))
class S:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print("del", k)
s = S()
s.a = 4
print(s.a, s.__dict__)
del s.a
class Gen:
    def __iter__(self):
        yield 1
        yield 2
print(list(Gen()), sum(Gen()))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "x"), f"{F():abc}", "{:z}".format(F()))
class NoOps:
    pass
try:
    NoOps() + NoOps()
except TypeError as e:
    print(e)
try:
    NoOps() < NoOps()
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return "x"
try:
    len(BadLen())
except TypeError as e:
    print(e)
class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class Sub(Counter): pass
Sub.make(); Sub.make(); Counter.make()
print(Counter.count, Sub.count)
class P:
    @property
    def v(self): return 1
class Q(P):
    @property
    def v(self): return super().v + 10
print(Q().v)
class WithSlots:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(WithSlots().a)
print(D.__dict__["who"].__name__, "who" in vars(D))
class E1(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
e = E1(1, 2)
print(e.args, e.a, str(e), repr(e))
class Meta_ok:
    def __init_subclass__(cls, **kw):
        cls.tag = cls.__name__.lower()
class Child(Meta_ok): pass
print(Child.tag)
print(isinstance(Child, type), type(Child).__name__, Child.__base__.__name__)
class H:
    def __eq__(self, o): return True
try:
    hash(H())
except TypeError as e:
    print(e)
class I(H):
    __hash__ = object.__hash__
print(type(hash(I())).__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(callable(A), callable(A()), A.__name__, A().__class__.__name__)
class R:
    def __repr__(self): return "R!"
print([R()], str(R()), f"{R()!r}")
class Desc:
    def __get__(self, obj, owner):
        return ("get", owner.__name__)
    def __set__(self, obj, val):
        obj.__dict__["_d"] = val
class UsesDesc:
    d = Desc()
u = UsesDesc()
print(u.d, UsesDesc.d)
u.d = 3
print(u._d)
