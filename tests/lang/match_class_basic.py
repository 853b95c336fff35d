# Class patterns with keywords and __match_args__.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3d flat {x} {y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(1, 2, 3), (0, 0), None]:
    print(where(p))

# Missing attributes make the pattern fail (no exception).
class Empty:
    pass
e = Empty()
match e:
    case Empty(missing=1):
        print("no")
    case Empty():
        print("matched without attribute")
e.missing = 1
match e:
    case Empty(missing=1):
        print("now it has it")

# A property raising AttributeError also just fails the pattern.
class Prop:
    @property
    def v(self):
        raise AttributeError("nope")
match Prop():
    case Prop(v=_):
        print("no")
    case _:
        print("property AttributeError means no match")

# Dotted class names.
class Shapes:
    class Square:
        __match_args__ = ("side",)
        def __init__(self, side):
            self.side = side
match Shapes.Square(3):
    case Shapes.Square(s):
        print("square side", s)
