# Value patterns: dotted names are compared with ==.
class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"

class NS:
    pass
ns = NS()
ns.inner = NS()
ns.inner.val = (1, 2)

def f(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case ns.inner.val:
            return "nested value"
        case _:
            return "none"

for v in [1, 2, "blue", (1, 2), [1, 2], 3, 1.0, True]:
    print(v, f(v))

# The comparison calls __eq__ of the subject side: subject == value order.
class Eq:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return True

class K:
    V = Eq("value")
match 5:
    case K.V:
        print("matched via reflected __eq__")
match Eq("subject"):
    case K.V:
        print("matched")
