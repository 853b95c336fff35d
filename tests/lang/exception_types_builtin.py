# The common built-in exception types, raised and caught by name.
types = [Exception, ValueError, TypeError, KeyError, IndexError, ZeroDivisionError,
         AttributeError, NameError, RuntimeError, StopIteration, AssertionError,
         OverflowError, NotImplementedError, OSError, LookupError, ArithmeticError]
for t in types:
    try:
        raise t("message")
    except Exception as e:
        print(type(e).__name__, isinstance(e, t), repr(e))
print(isinstance(NotImplementedError(), RuntimeError))
print(isinstance(Exception(), BaseException))
