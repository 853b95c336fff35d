# Class definitions: bases, keywords, empty parentheses, one-line bodies.
class A: pass
class B(): x = 1
class C(A): y = 2; z = 3
class D(A, B,):
    """Docstring."""
    w = 4

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["extra"] = kw.get("flag", None)
        return super().__new__(mcls, name, bases, ns)

class E(metaclass=Meta, flag="on"):
    pass

bases = (A, B)
class F(*bases):
    pass

print(B.x, C.y, C.z, D.w, D.__doc__)
print(E.extra)
print([k.__name__ for k in F.__bases__])
print(issubclass(F, A), issubclass(D, B))

class G:
    class Inner:
        v = "inner"
    def method(self, n):
        return [n for _ in range(2)]

print(G.Inner.v, G().method(5))
