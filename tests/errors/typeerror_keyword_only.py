# TypeError for missing or positionally passed keyword-only arguments.
def f(a, *, b):
    pass
def g(*, x, y):
    pass
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(y=1)
except TypeError as e:
    print(type(e).__name__, e)
