# Exception instances: args, str, repr, and the attributes of particular types.
for e in (ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(),
          KeyError(1, 2), IndexError(3), Exception(None), RuntimeError([1])):
    print(type(e).__name__, e.args, "[" + str(e) + "]", repr(e))
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, str(e), isinstance(e, OSError))
e = OSError(2, "No such file or directory", "x.txt")
print(str(e), e.filename)
print(type(OSError(17, "exists")).__name__, type(OSError("plain")).__name__, OSError("plain").errno)
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit("m").code, SystemExit(1, 2).code)
e = ImportError("msg", name="modname")
print(e.name, e.msg, str(e))
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.note = "custom"
print(e.note)
try:
    raise TypeError("t") from KeyError("k")
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during")
except ValueError as v:
    print(repr(v.__context__), v.__cause__)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
print(issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(RecursionError, RuntimeError), issubclass(KeyboardInterrupt, Exception))
print(EnvironmentError is OSError, IOError is OSError)
class Custom(Exception):
    def __str__(self):
        return "custom: " + super().__str__()
print(str(Custom("a")), repr(Custom("a")))
