# Every parameter kind in one signature.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=30, d=4, e=50, z=0))
print(f(1, 2, 3, d=4, b=99))
def g(p, /, q, *, r):
    return p, q, r
print(g(1, 2, r=3))
print(g(1, q=2, r=3))
