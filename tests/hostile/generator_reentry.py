# A generator re-entered from inside itself, and other generator abuse.
def g():
    yield next(it)
it = g()
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(it)
except StopIteration:
    print("StopIteration")

def h():
    yield 1
    yield 2
x = h()
print(next(x))
x.close()
try:
    next(x)
except StopIteration:
    print("closed")

def s():
    v = yield 1
    yield v
y = s()
try:
    y.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__, e)
z = h()
try:
    z.throw(ValueError("t"))
except ValueError as e:
    print("thrown", e)
print("alive")
