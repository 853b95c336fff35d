# Function parameters: positional-only, defaults, *args, keyword-only, **kwargs, annotations.
def f1(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))

print(f1(1, 2, 3, e=5))
print(f1(1, 2, c=3, d=9, e=5, g=7))
print(f1(1, 2, 3, 4, 5, 6, e=0, f=1))

def f2(a=1, /, b=2, *, c=3):
    return a, b, c

print(f2(), f2(10), f2(10, 20), f2(b=5, c=6))

def f3(*, only):
    return only

print(f3(only="kw"))

def f4(*args, **kwargs):
    return args, kwargs

print(f4(), f4(1, 2), f4(x=1))

def f5(a: int, b: "str" = "x", *c: float, d: list = [], **e: dict) -> tuple:
    return a, b, c, d, e

print(f5(1))
print(f5(1, "y", 2.5, d=[1], z=2))

def f6(a, b,):
    return a + b

print(f6(1, 2,))

def f7(
    a,
    b=2,
    *,
    c,
):
    return a, b, c

print(f7(1, c=3))

def f8(a, /):
    return a

print(f8(8))

def f9(**kw):
    return kw

print(f9(**{"x": 1}, y=2))
print(f1.__name__, f2.__name__)
