from functools import wraps, update_wrapper
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k) * 2
    return inner
@deco
def double_me(x):
    "doc here"
    return x + 1
print(double_me(3), double_me.__name__, double_me.__doc__, double_me.__wrapped__(3))
def g():
    pass
def h():
    "hdoc"
print(update_wrapper(g, h) is g, g.__name__, g.__doc__)
