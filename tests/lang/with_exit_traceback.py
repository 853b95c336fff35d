# __exit__ gets (type, value, traceback); the traceback is not None on error.
import sys

class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type.__name__ if exc_type else None, exc,
              "tb is None" if tb is None else "tb present")
        if exc is not None:
            print("same as __traceback__:", tb is exc.__traceback__)
        return self.suppress

with CM(False):
    print("body ok")

with CM(True):
    raise KeyError("k")

try:
    with CM(False):
        [][1]
except IndexError as e:
    print("propagated", e)

# The traceback matches sys.exc_info() inside __exit__.
class Info:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        info = sys.exc_info()
        print(info[0] is t, info[1] is v, info[2] is tb)
        return True
with Info():
    raise ValueError("v")

# Nested with statements each see the exception.
with CM(True), CM(False):
    raise RuntimeError("inner")
print("end")
