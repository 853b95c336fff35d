# __context__ is set when raising inside a handler, __cause__ by `from`, bare raise re-raises.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("t") from k
except TypeError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)

try:
    try:
        raise IndexError
    except IndexError:
        raise RuntimeError("r") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def reraise():
    try:
        raise KeyError("again")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print(e)

try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)

e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)

def handler_context():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as inner:
            return type(inner.__context__).__name__
print(handler_context())

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

class MyErr(Exception):
    pass
try:
    raise MyErr("custom")
except Exception as e:
    print(type(e).__name__, e)

def nested_bare():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
try:
    nested_bare()
except ValueError as e:
    print("bare raise after nested handler:", e)
import sys
try:
    raise IndexError("x")
except IndexError:
    print(sys.exc_info()[0].__name__ if hasattr(sys, "exc_info") else "IndexError")
