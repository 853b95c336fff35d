# TypeError when required positional arguments are missing.
def one(a):
    pass
def three(a, b, c):
    pass
def mixed(a, b, c=3):
    pass
for f, args in [(one, ()), (three, ()), (three, (1,)), (three, (1, 2)), (mixed, ())]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    three(1, c=3)
except TypeError as e:
    print(type(e).__name__, e)
