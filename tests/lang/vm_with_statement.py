# with: __enter__'s value, __exit__ arguments, suppression, several items, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with CM("a") as x:
    print("body", x)

with CM("s", True):
    raise ValueError("boom")
print("suppressed")

try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

with CM("one") as a, CM("two") as b:
    print(a, b)

try:
    with CM("outer"), CM("inner", True):
        1 / 0
    print("inner suppressed it")
except ZeroDivisionError:
    print("not reached")

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)

def in_func():
    with CM("f") as v:
        return v
print(in_func())
lst = []
with CM("t") as lst_item:
    lst.append(lst_item)
print(lst)
