# An AttributeError from __getattribute__ falls back to __getattr__.
class Fallback:
    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
    visible = "visible"

f = Fallback()
print(f.visible)
print(f.hidden_one)
print(f.not_defined)
print(getattr(f, "hidden2", "default"))

# Other exceptions from __getattribute__ propagate, __getattr__ is not called.
class Strict:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Strict().x
except KeyError as e:
    print("KeyError", e)
# getattr with a default only swallows AttributeError.
try:
    getattr(Strict(), "y", 0)
except KeyError as e:
    print("KeyError from getattr", e)

# Without __getattr__, the AttributeError propagates.
class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError("custom message for " + name)
try:
    NoFallback().z
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(NoFallback(), "z"))
