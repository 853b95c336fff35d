# Exception objects answer isinstance and type checks like other objects.
try:
    1 // 0
except Exception as e:
    print(isinstance(e, ZeroDivisionError))
    print(isinstance(e, ArithmeticError))
    print(isinstance(e, Exception))
    print(isinstance(e, ValueError))
    print(type(e) is ZeroDivisionError)
    print(type(e) == ArithmeticError)
e = ValueError("made, not raised")
print(isinstance(e, Exception), e)
errs = [KeyError("a"), IndexError("b")]
print([isinstance(x, LookupError) for x in errs])
