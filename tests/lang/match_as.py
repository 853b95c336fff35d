# AS patterns bind the whole matched value.
def f(x):
    match x:
        case [1, 2] as whole:
            return ("list", whole)
        case (1 | 2 | 3) as n:
            return ("small", n)
        case {"k": (int() as i)} as d:
            return ("dict", i, d)
        case [(str() as s) | (bytes() as s), *_] as seq:
            return ("starts with text", s, seq)
        case str() as s if len(s) > 2:
            return ("long str", s)
        case _ as anything:
            return ("anything", anything)

for v in [[1, 2], 2, {"k": 5}, {"k": "x"}, ["a", 1], [b"b"], "long", "no", 3.5]:
    print(f(v))

# as-patterns nest.
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer)
match 5:
    case (x as y) as z:
        print(x, y, z)
