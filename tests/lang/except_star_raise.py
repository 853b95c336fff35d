# Raising inside except* clauses: new exceptions are grouped with what is left.
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))

def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise
attempt(new_exception)

def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
attempt(reraise_all)

def reraise_naked():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
attempt(reraise_naked)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
attempt(naked_unmatched)

def raise_from_handler_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("replacement")
attempt(raise_from_handler_only)

# The context of an exception raised in a clause is the matched part.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("in handler")
except ExceptionGroup as e:
    first = e.exceptions[0]
    print(repr(first), repr(first.__context__))

# Both clauses raise new exceptions.
def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise IndexError("b")
attempt(two_new)

# sys.exc_info() inside a clause is the matched part.
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    print("exc_info:", repr(sys.exc_info()[1]))
except* TypeError:
    pass
