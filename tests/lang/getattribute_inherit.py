# __getattribute__ is inherited and can delegate with super().
class Base:
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        if isinstance(v, int):
            return v * 10
        return v

class Child(Base):
    a = 1
    def __init__(self):
        self.b = 2
    def get(self):
        return self.a + self.b

c = Child()
print(c.a, c.b, c.get())

class Grandchild(Child):
    def __getattribute__(self, name):
        if name == "secret":
            return "overridden"
        return super().__getattribute__(name)
g = Grandchild()
print(g.secret, g.a, g.get())

# Methods come back bound through __getattribute__.
class Wrap:
    def __getattribute__(self, name):
        attr = object.__getattribute__(self, name)
        if callable(attr):
            def wrapped(*args):
                return ("wrapped", attr(*args))
            return wrapped
        return attr
    def double(self, x):
        return 2 * x
print(Wrap().double(21))

# Properties are reached through object.__getattribute__.
class P:
    @property
    def p(self):
        return "property value"
    def __getattribute__(self, name):
        return object.__getattribute__(self, name).upper()
print(P().p)

# Class attribute reads on the class itself do not use it.
class Q:
    x = 5
    def __getattribute__(self, name):
        return "instance"
print(Q.x, Q().x)
