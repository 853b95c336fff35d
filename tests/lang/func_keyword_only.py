# Parameters after * or *args can only be given by keyword.
def f(a, *, b):
    return a, b
print(f(1, b=2))
print(f(b=2, a=1))
def g(*args, key=None):
    return args, key
print(g(1, 2))
print(g(1, 2, key="k"))
def h(*, x=1, y):
    return x, y
print(h(y=5))
print(h(y=5, x=0))
try:
    f(1, 2)
except TypeError:
    print("TypeError: b is keyword-only")
