# Default parameter values.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1))
print(f(1, 20))
print(f(1, 20, 30))
print(f(1, c=30))
def g(x=None):
    return "none" if x is None else x
print(g(), g(5), g(0))
def h(s="", n=1):
    return s * n
print(repr(h()), h("ab", 3), h(n=2, s="x"))
def k(a=[1, 2], b=(3,), c={"k": 1}):
    return a, b, c
print(k())
