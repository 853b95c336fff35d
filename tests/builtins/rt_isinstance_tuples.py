# isinstance/issubclass with nested tuples, bool/int, exceptions and classes.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, (int, A))))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(issubclass(B, (C, A)), issubclass(A, object), issubclass(KeyError, LookupError))
print(isinstance(ValueError("x"), Exception), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(int, type), isinstance(type, type), isinstance(None, object))
for call in (lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, (int, 3))):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
