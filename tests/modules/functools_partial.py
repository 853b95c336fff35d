from functools import partial
def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, sorted(kw.items()))
p = partial(f, 1)
print(p(2), p(2, 3, 4), p(b=5))
q = partial(f, 1, 2, c=9, z=1)
print(q(), q(c=0), q.args, q.keywords, q.func is f)
r = partial(q, 7)
print(r(), r.func is f, r.args)
print(partial(int, base=2)('101'), list(map(partial(pow, 2), [1, 2, 3])))
try:
    partial(5)
except TypeError as e:
    print(e)
