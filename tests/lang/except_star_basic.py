# except*: each clause handles the matching part of an exception group.
def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("ValueError part:", repr(e))
    except* TypeError as e:
        print("TypeError part:", repr(e))
    print("after")

run(ExceptionGroup("eg", [ValueError(1), TypeError(2)]))
run(ExceptionGroup("eg", [ValueError(1), ValueError(2)]))
run(ExceptionGroup("eg", [TypeError("t")]))

# A naked exception is wrapped in an ExceptionGroup('', ...) for the handler.
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e.message), e.exceptions)

# Unmatched parts propagate as a group with the same message.
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as e:
    print("left:", repr(e))

# A clause with a tuple of types, and no name.
try:
    raise ExceptionGroup("g", [KeyError("k"), IndexError(0), ZeroDivisionError()])
except* (KeyError, IndexError):
    print("lookup errors handled")
except* ArithmeticError:
    print("arithmetic handled")

# The name is unbound after the clause.
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as caught:
    pass
try:
    caught
except NameError as e:
    print("NameError", e)
