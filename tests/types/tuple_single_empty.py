# The empty tuple and one-element tuples.
e = ()
print(e, len(e), bool(e), repr(e))
one = (5,)
print(one, len(one), one[0])
print((5), type((5)).__name__, type((5,)).__name__)
print(tuple(), tuple() == ())
print(((),), len(((),)))
x = 1,
print(x)
print(("a",) == tuple("a"))
