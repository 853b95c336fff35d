# An exception raised in a handler or finally replaces the one being handled.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print("got", repr(e))
try:
    try:
        raise ValueError("first")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print("got", repr(e))
except ValueError:
    print("not this")
def f():
    try:
        1 // 0
    except ZeroDivisionError:
        return [][0]
try:
    f()
except IndexError as e:
    print("got", type(e).__name__)
