# __getattribute__ assigned to a class after it was created, and removed again.
class A:
    pass
a = A()
a.x = 1
print(a.x)
A.__getattribute__ = lambda self, name: "late " + name
print(a.x, a.y)
del A.__getattribute__
print(a.x)
try:
    a.y
except AttributeError as e:
    print("AttributeError", e)

# Recursion through self.attr inside __getattribute__ is a RecursionError.
class Loop:
    def __getattribute__(self, name):
        return self.other
try:
    Loop().x
except RecursionError:
    print("RecursionError")
