# TypeError when an argument is given both by position and by keyword.
def f(a, b, c=0):
    pass
try:
    f(1, 2, a=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, c=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, b=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2], **{"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
