# Assigning __class__ and __dict__ of instances, and the errors CPython gives.
class A: pass
class B: pass
class L(list): pass
a = A()
for v in (B, int, 5, L):
    try:
        a.__class__ = v
        print(type(a).__name__)
    except TypeError as e:
        print("TypeError", e)
try:
    a.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
l = L([1])
l.__class__ = L
print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e:
    print("TypeError", e)
