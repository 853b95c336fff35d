# ExceptionGroup and BaseExceptionGroup objects.
eg = ExceptionGroup("message", [ValueError(1), TypeError("two")])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, ExceptionGroup), isinstance(eg, BaseExceptionGroup),
      isinstance(eg, Exception), isinstance(eg, BaseException))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
      issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(str(ExceptionGroup("one", [KeyError("k")])))

# BaseExceptionGroup gives an ExceptionGroup when every member is an Exception.
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError(), KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", (SystemExit(),))).__name__)

# The exceptions are a tuple; args keep the sequence given.
g = ExceptionGroup("t", (OSError("o"),))
print(type(g.exceptions).__name__, g.args)

# Constructor errors.
for args in [("x",), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1]),
             ("x", [KeyboardInterrupt()]), ("x", [ValueError()], 3), ()]:
    try:
        ExceptionGroup(*args)
        print("created")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Caught by except Exception (ExceptionGroup), not BaseExceptionGroup-only ones.
try:
    raise ExceptionGroup("eg", [ValueError()])
except Exception as e:
    print("caught as Exception:", repr(e))
try:
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt()])
    except Exception:
        print("wrong")
except BaseExceptionGroup as e:
    print("caught as BaseExceptionGroup:", repr(e))

# Nesting and notes.
inner = ExceptionGroup("inner", [ValueError("v")])
outer = ExceptionGroup("outer", [inner, TypeError("t")])
print(repr(outer), outer.exceptions[0] is inner)
outer.add_note("a note")
print(outer.__notes__)
