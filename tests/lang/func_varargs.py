# *args collects extra positional arguments into a tuple.
def f(*args):
    return args
print(f())
print(f(1))
print(f(1, 2, 3))
def g(a, *rest):
    return a, rest
print(g(1))
print(g(1, 2, 3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3, 4))
print(type(f(1)).__name__)
def h(a, b=5, *args):
    return a, b, args
print(h(1), h(1, 2), h(1, 2, 3, 4))
