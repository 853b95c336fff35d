# Star and double-star unpacking in call arguments.
def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]
b = (3, 4)
print(f(*a))
print(f(*a, *b))
print(f(0, *a, 5, *b))
print(f(*"hi"))
print(f(*range(3)))
print(f(*[]))
d = {"x": 1}
e = {"y": 2}
print(f(**d))
print(f(**d, **e))
print(f(1, *a, z=0, **e))
def g(p, q, r):
    return p * 100 + q * 10 + r
print(g(*[1, 2], 3), g(1, **{"q": 2, "r": 3}))
