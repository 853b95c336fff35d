# TypeError when positional-only parameters are passed by keyword.
def f(a, b, /):
    pass
def g(a, /, b):
    pass
try:
    f(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
