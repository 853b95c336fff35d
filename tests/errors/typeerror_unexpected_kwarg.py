# TypeError for keyword arguments that match no parameter.
def f(a, b=1):
    pass
def g():
    pass
try:
    f(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, zz=2, yy=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"q": 1, "a": 0})
except TypeError as e:
    print(type(e).__name__, e)
def h(*args):
    pass
try:
    h(1, k=2)
except TypeError as e:
    print(type(e).__name__, e)
