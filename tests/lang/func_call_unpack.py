# Calling a function with * and ** built from containers.
def f(a, b, c=0):
    return a + b * 10 + c * 100
args = [1, 2]
print(f(*args))
print(f(*args, 3))
print(f(*(1, 2, 3)))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "c": 3}))
print(f(*[1], **{"b": 5}))
print(f(*range(3)))
def g(*a, **k):
    return len(a), len(k)
print(g(*"hello", **dict(x=1, y=2)))
