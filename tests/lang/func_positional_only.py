# Parameters before / can only be given by position.
def f(a, b, /):
    return a + b
print(f(1, 2))
def g(a, /, b):
    return a, b
print(g(1, 2))
print(g(1, b=2))
def h(a, /, **kw):
    return a, kw
print(h(1, a=2))
def k(x, y=10, /):
    return x * y
print(k(2), k(2, 3))
try:
    f(a=1, b=2)
except TypeError:
    print("TypeError: positional only")
