# Parentheses group; only a comma makes a tuple.
a = (1)
b = (1,)
c = ()
d = 1,
e = (((2)))
print(a, b, c, d, e)
print(type(a).__name__, type(b).__name__, type(d).__name__)
print((1 + 2) * (3 + 4))
print(((1, 2), (3,)))
print(len((1, 2, 3)), len(((1, 2, 3),)))
f = 1, 2, 3
print(f)
print(("a" "b"))
