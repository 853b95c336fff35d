# Lambda expressions with the full parameter syntax.
print((lambda: 1)())
print((lambda x: x * 2)(4))
print((lambda x, y=3: x + y)(1), (lambda x, y=3: x + y)(1, 1))
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
print((lambda *, k=7: k)())
print((lambda a, *r, z=0, **kw: (a, r, z, kw))(1, 2, 3, z=4, w=5))
f = lambda x: lambda y: x + y
print(f(10)(5))
print(list(map(lambda t: t[0] * t[1], [(1, 2), (3, 4)])))
g = lambda x: x if x > 0 else -x
print(g(-3), g(3))
h = lambda: (yield)
print(type(h()).__name__)
print((lambda x=(1, 2): x)())
print([(lambda: i)() for i in range(3)])
print(sorted([3, 1, 2], key=lambda v: -v))
