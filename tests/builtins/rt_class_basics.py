# Classes: attributes, methods, properties, static and class methods, super, repr/str.
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return self.name + " makes a sound"
    def __repr__(self):
        return "Animal(%s)" % self.name
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def create(name):
        return Animal(name)
    @classmethod
    def describe(cls):
        return "class " + cls.__name__
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + ": woof"
    def __str__(self):
        return "Dog " + self.name
d = Dog("rex")
a = Animal.create("cat")
print(d.speak(), a.speak())
print(d.kind, a.kind, Animal.kind, Animal.count)
print(d.upper, Dog.describe(), d.describe(), Animal.describe())
print(repr(d), str(d), repr(a), str(a), [d, a])
print(type(d) is Dog, type(d).__name__, Dog.__bases__[0].__name__)
print([c.__name__ for c in Dog.__mro__])
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v * 2
t = Temp()
t.c = 5
print(t.c)
try:
    d.upper = "x"
except AttributeError as e:
    print("AttributeError")
class Plain:
    pass
o = Plain()
o.x = 3
print(o.x, repr(o).startswith("<__main__.Plain object at 0x"))
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
