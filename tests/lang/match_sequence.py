# Sequence patterns: lists, tuples, ranges; not str/bytes/bytearray/dict.
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return ("one", a)
        case [a, b]:
            return ("two", a, b)
        case (a, b, c):
            return ("three", a, b, c)
        case [a, b, c, d, *_]:
            return ("many", a, b, c, d)
        case _:
            return "not a sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(3), range(6),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, iter([1, 2]),
          memoryview(b"abcd")]:
    print(type(v).__name__, f(v))

# Nested sequences.
match [1, [2, (3, 4)], 5]:
    case [a, [b, (c, d)], e]:
        print(a, b, c, d, e)

# Parenthesised and open sequences at the top of a case.
match 1, 2:
    case x, y:
        print("open", x, y)
match (1, 2, 3):
    case (1, *rest):
        print("rest", rest)

# A list subclass and a tuple subclass are sequences.
class L(list):
    pass
class T(tuple):
    pass
match L([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
match T((3,)):
    case [a]:
        print("tuple subclass", a)
