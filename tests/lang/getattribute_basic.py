# __getattribute__ is called for every attribute read on instances.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method result"

o = Logged()
print(o.x)
print(o.method())
o.y = 2
print(o.y)
try:
    o.missing
except AttributeError as e:
    print("AttributeError", e)

# It can answer anything, even for names that exist.
class Everything:
    real = "real"
    def __getattribute__(self, name):
        return "<" + name + ">"
e = Everything()
print(e.real, e.anything, getattr(e, "dynamic"))
print(hasattr(e, "whatever"))

# Special methods are looked up on the type and bypass __getattribute__.
class Special:
    def __getattribute__(self, name):
        print("intercepted", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "Special()"
s = Special()
print(len(s), repr(s))
