# __getattr__/__getattribute__/__setattr__ that misbehave.
class S:
    def __setattr__(self, name, value):
        raise AttributeError("read-only " + name)
try:
    S().y = 1
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    def __delattr__(self, name):
        raise TypeError("nodel")
try:
    del D().z
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, "x" * 100000)
except AttributeError as e:
    print(type(e).__name__, len(str(e)) > 100000)
try:
    setattr(object(), "a", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("alive")
