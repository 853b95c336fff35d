# A handler for a base class catches its subclasses.
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    [][1]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    {}[1]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    int("z")
except Exception as e:
    print("Exception caught", type(e).__name__)
try:
    raise KeyError("x")
except IndexError:
    print("not this one")
except LookupError:
    print("the LookupError handler")
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), IndexError))
