# dir(), vars(), globals() and __dict__ of instances, classes and modules.
class P:
    k = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self):
        pass
p = P()
print(vars(p), p.__dict__ is vars(p))
names = dir(p)
print("a" in names, "meth" in names, "k" in names, "__init__" in names, names == sorted(names))
print([n for n in dir(P) if not n.startswith("_")])
g = globals()
print(g["__name__"], "P" in g, type(g).__name__)
def f():
    local_one = 1
    return sorted(locals())
print(f())
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
import sys
print("path" in dir(sys), "argv" in dir(sys))
