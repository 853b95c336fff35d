# args, str() and repr() of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError("msg"), ValueError(42), ValueError("a", "b"), ValueError("")]:
    print(e.args, str(e), repr(e))
e = KeyError("key")
print(e.args, str(e), repr(e))
e = KeyError(5)
print(str(e))
e = Exception("x", [1, 2])
print(str(e), repr(e))
e = IndexError("é漢")
print(str(e), e.args[0])
print(repr(TypeError(None)))
