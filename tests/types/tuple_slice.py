# Slicing tuples gives tuples.
t = tuple(range(8))
print(t[2:5], t[:3], t[5:], t[-3:])
print(t[::2], t[::-1], t[6:1:-2])
print(t[5:2], t[100:], t[:0])
print(type(t[1:3]).__name__)
s = t[:]
print(s == t)
print(("a",)[1:], ("a", "b")[:1])
