# `raise ... from None` hides the context.
def f():
    try:
        [][1]
    except IndexError:
        raise LookupError("nothing there") from None
f()
