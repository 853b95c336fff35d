# getattr/setattr/hasattr/delattr on instances, classes and modules.
import sys
class C:
    cls_attr = 5
    def __init__(self):
        self.a = 1
    def m(self):
        return "m"
c = C()
print(getattr(c, "a"), getattr(c, "cls_attr"), getattr(c, "missing", "dflt"))
print(getattr(c, "m")(), getattr(C, "cls_attr"))
setattr(c, "b", 2)
print(c.b, hasattr(c, "b"), hasattr(c, "zz"), hasattr(C, "m"))
delattr(c, "b")
print(hasattr(c, "b"))
print(getattr(sys, "nothing_here", None))
for bad in (lambda: getattr(c, "nope"), lambda: delattr(c, "nope"), lambda: getattr(c, 1)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class G:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)
g = G()
print(g.xy, getattr(g, "xz"), hasattr(g, "y"), getattr(g, "y", 0))
