# Exceptions in __repr__/__str__ of container items propagate; nothing is left half-printed.
class Bad:
    def __repr__(self):
        raise ValueError("bad repr")
class BadType:
    def __repr__(self):
        return 42
for obj in ([1, Bad()], (Bad(),), {1: Bad()}, {Bad(): 1}, {Bad()} if False else [[Bad()]]):
    try:
        repr(obj)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    repr([BadType()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(Bad())
except ValueError as e:
    print("str", e)
try:
    "%r" % (Bad(),)
except ValueError as e:
    print("%", e)
try:
    f"{Bad()!r}"
except ValueError as e:
    print("f", e)
print([1, 2], "alive")
