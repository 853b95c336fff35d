# __match_args__ is looked up on the class, inherited, and may be shorter.
class Base:
    __match_args__ = ("a",)
    def __init__(self, a, b=None):
        self.a = a
        self.b = b

class Derived(Base):
    pass

class Wider(Base):
    __match_args__ = ("a", "b")

def show(o):
    match o:
        case Wider(x, y):
            return ("wider", x, y)
        case Derived(x):
            return ("derived", x)
        case Base(x, b=y):
            return ("base", x, y)

print(show(Base(1, 2)), show(Derived(3)), show(Wider(4, 5)))

# Positional and keyword for different attributes in one pattern.
match Wider(1, 2):
    case Wider(1, b=2):
        print("mixed ok")

# __match_args__ naming a property or a method result.
class Temp:
    __match_args__ = ("celsius", "fahrenheit")
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
match Temp(100):
    case Temp(c, f):
        print(c, f)

# An empty __match_args__ tuple allows no positional subpatterns.
class NoPos:
    __match_args__ = ()
try:
    match NoPos():
        case NoPos(1):
            pass
except TypeError as e:
    print("TypeError", e)

# Matching on an instance of a class with a metaclass-provided __instancecheck__
# is not special here: plain isinstance on the class.
class Animal:
    pass
class Dog(Animal):
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
for pet in [Dog("rex"), Animal()]:
    match pet:
        case Dog(name=n):
            print("dog", n)
        case Animal():
            print("some animal")
