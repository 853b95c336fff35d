# TypeError when a function gets more positional arguments than it takes.
def zero():
    pass
def one(a):
    pass
def two(a, b=2):
    pass
for f, args in [(zero, (1,)), (one, (1, 2)), (two, (1, 2, 3)), (two, (1, 2, 3, 4)), (zero, (1, 2))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (lambda x: x)(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
