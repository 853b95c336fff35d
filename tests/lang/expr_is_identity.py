# is / is not compare identity.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c, a is not b)
print(None is None)
x = None
print(x is None, x is not None)
print(True is True, False is not True)
d = {}
e = d
e["k"] = 1
print(d is e, d)
def f():
    pass
print(f() is None)
print(f is f)
