# Mapping patterns: dicts and subclasses; extra keys are allowed.
def f(x):
    match x:
        case {}:
            if not x:
                return "empty dict"
            return ("any mapping", sorted(x))

def g(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return ("point", px, py)
        case {"type": "circle", "r": r, **rest}:
            return ("circle", r, rest)
        case {1: one, None: n, True: t}:
            return ("odd keys", one, n, t)
        case {"k": [a, *b]}:
            return ("nested", a, b)
        case _:
            return "no"

print(f({}), f({"a": 1}), f([]))
for v in [{"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "point", "x": 1},
          {"type": "circle", "r": 5, "color": "red", "fill": None},
          {"type": "circle", "r": 5},
          {1: "a", None: "b"},
          {1: "a", None: "b", 2: 0},
          {"k": [1, 2, 3]},
          {"k": []},
          [("type", "point")],
          "type"]:
    print(g(v))

# **rest is a new dict, without the matched keys, in the original order.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": _, **others}:
        print(others, others is d)
match d:
    case {**everything}:
        print(everything, everything is d, everything == d)

# A dict subclass; its get() is used, never __getitem__ / __missing__.
class D(dict):
    def __missing__(self, key):
        print("missing called")
        return 0
match D(a=1):
    case {"b": b}:
        print("matched b?", b)
    case {"a": a}:
        print("a =", a)

class G(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)
match G(x=1, y=2):
    case {"y": y, "x": x}:
        print(x, y)
