# Built-in types in class patterns: one positional subpattern is the subject.
def kind(v):
    match v:
        case bool(b):
            return ("bool", b)
        case int(i):
            return ("int", i)
        case float(f):
            return ("float", f)
        case str(s):
            return ("str", s)
        case bytes(b):
            return ("bytes", b)
        case bytearray(b):
            return ("bytearray", b)
        case list([a, b]):
            return ("pair list", a, b)
        case list(l):
            return ("list", l)
        case tuple(t):
            return ("tuple", t)
        case dict({"k": v}):
            return ("dict with k", v)
        case dict(d):
            return ("dict", d)
        case frozenset(fs):
            return ("frozenset", sorted(fs))
        case set(s):
            return ("set", sorted(s))
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1, 2], [1], (1,), {"k": 0},
          {}, frozenset([2, 1]), {3, 1}, None, 1j]:
    print(kind(v))

# Keyword subpatterns read attributes of built-in values.
match 3 + 4j:
    case complex(real=r, imag=i):
        print(r, i)
match 10:
    case int(real=r, imag=0):
        print("real", r)

# Subclasses of int keep matching themselves.
class MyInt(int):
    pass
match MyInt(7):
    case int(x):
        print(type(x).__name__, x)

# object() with no subpatterns matches anything.
match None:
    case object():
        print("object() matches None")
