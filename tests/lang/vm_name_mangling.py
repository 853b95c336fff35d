# Private name mangling inside class bodies and methods.
class A:
    __x = 1
    __y__ = 2
    def __init__(self):
        self.__v = "private"
        self.__w__ = "dunder"
    def get(self):
        return self.__v, A.__x, self.__class__.__name__
    def __m(self):
        return "mangled method"
    def call(self):
        return self.__m()
    def param(self, __p):
        return __p
    def glob(self):
        global __g
        __g = "set global"
        return __g
    class __Inner:
        pass
    def inner(self):
        return self.__Inner.__name__
    def comp(self):
        return [self.__v for _ in range(1)]
    lam = lambda self: self.__v

a = A()
print(sorted(k for k in vars(A) if not k.endswith("__") and ("x" in k or "m" in k or "Inner" in k)))
print(sorted(vars(a)))
print(a.get(), a.call(), a.param(5), a.glob(), a.inner(), a.comp(), a.lam())
print(_A__g, A._A__x, a._A__v, hasattr(a, "__v"))
try:
    a.param(__p=1)
except TypeError as e:
    print(e)
class _:
    __z = 3
print(sorted(k for k in vars(_) if "z" in k))
class __Under:
    __q = 4
print(sorted(k for k in vars(__Under) if not k.endswith("__") and "q" in k))
def outer():
    class B:
        def f(self):
            __local = 1
            return locals()
    return B().f()
print(sorted(outer()))
