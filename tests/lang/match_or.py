# OR patterns: alternatives tried left to right; all bind the same names.
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [x, 0] | [0, x]:
            return ("one zero", x)
        case {"a": v} | {"b": v}:
            return ("a or b", v)
        case (1, a, b) | (2, b, a):
            return ("ordered", a, b)
        case [[p, q] | (p, q, _)]:
            return ("inner or", p, q)
        case None | True:
            return "singleton"
        case _:
            return "no"

for v in [1, 3, 4, "b", [5, 0], [0, 6], [0, 0], {"b": 2}, {"a": 1, "b": 2},
          (1, "A", "B"), (2, "A", "B"), [[1, 2]], [(3, 4, 5)], None, True, False]:
    print(repr(v), f(v))

# Names bound in different orders in each alternative.
match (1, 2):
    case (a, b) | [b, a]:
        print(a, b)
match [1, 2]:
    case (1, c, d) | [d, c]:
        print(c, d)

# An alternative that binds nothing.
match 7:
    case 7 | 8:
        print("seven or eight")
