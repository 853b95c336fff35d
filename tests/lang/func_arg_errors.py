# Argument binding errors with CPython's exact messages.
def f(a, b=1, *, k): pass
def g(a): pass
def h(a, /, b): pass
def m(a, b, c, d): pass
def z(): pass
def kw(**k): return k
def v(*a, k): return a, k
class C:
    def meth(self, x): pass

tests = [
    lambda: g(), lambda: g(1, 2), lambda: m(), lambda: m(1), lambda: m(1, 2),
    lambda: f(1, 2, 3), lambda: f(1, 2, 3, k=1), lambda: f(1), lambda: f(1, k=1, q=2),
    lambda: g(1, a=2), lambda: h(a=1, b=2), lambda: z(1), lambda: z(1, 2), lambda: z(a=1),
    lambda: g(*1), lambda: g(**1), lambda: kw(**{1: 2}), lambda: g(**{'a': 1}, a=2),
    lambda: v(1), lambda: C().meth(), lambda: C().meth(1, 2), lambda: C.meth(),
    lambda: (lambda x, y: 0)(1), lambda: len(), lambda: len(1, 2), lambda: len(x=1),
    lambda: abs(), lambda: print(*5), lambda: g(1, **{'a': 2}),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)

print(kw(a=1, b=2), kw(**{'x': 1}, y=2), v(1, 2, k=3))
def defaults(a, b=[], c={}):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
def allkinds(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(allkinds(1, d=4))
print(allkinds(1, 2, 3, 4, 5, d=6, e=7, f=8))
print(allkinds(*[1, 2], **{'d': 0, 'c': 9}))
def posonly_kw(a, /, **kw):
    return a, kw
print(posonly_kw(1, a=2))
print(f.__defaults__, f.__kwdefaults__, g.__name__, C.meth.__qualname__)
