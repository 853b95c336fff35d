# **kwargs collects extra keyword arguments into a dict, in call order.
def f(**kwargs):
    return kwargs
print(f())
print(f(a=1))
print(f(z=1, a=2, m=3))
def g(x, **opts):
    return x, opts
print(g(1))
print(g(1, y=2))
print(g(x=1, y=2))
def h(*args, **kwargs):
    return len(args), sorted(kwargs)
print(h(1, 2, c=3, b=4))
print(type(f()).__name__)
