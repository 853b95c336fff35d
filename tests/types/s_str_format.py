# str.format and str.format_map: fields, conversions, nesting, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    x = 3
    def __init__(self):
        self.y = "why"

print("{} {} {}".format(1, "a", None), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0!r} {0!s} {0!a} {1!r}".format("é", 5))
print("{0[1]} {0[0][1]} {1[k]} {1[2]}".format(["ab", "c"], {"k": "v", 2: "two"}))
print("{0.x} {0.y} {p.y}".format(P(), p=P()))
print("{:>{}}|{:{}<{}}|{:.{}f}".format("a", 4, "b", "*", 3, 3.14159, 2))
print("{0:>{1}}|{0:{2}<{1}}".format("x", 4, "*"))
print("{{}} {{{}}} }}{{".format(1))
print("{:5}|{:<5}|{:^5}|{:>5}|".format(1, 2, 3, 4), "{:5}|".format("ab"))
print("{a}{b}".format_map({"a": 1, "b": "é"}))
class D(dict):
    def __missing__(self, key):
        return key.upper()
print("{a}-{zz}".format_map(D(a=1)))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "a{0".format(1))
t(lambda: "{0}}".format(1))
t(lambda: "{!}".format(1))
t(lambda: "{0!x}".format(1))
t(lambda: "{0!}}".format(1))
t(lambda: "{0!".format(1))
t(lambda: "{0!rr}".format(1))
t(lambda: "{0:".format(1))
t(lambda: "{} {0}".format(1))
t(lambda: "{0} {}".format(1))
t(lambda: "{1}".format(1))
t(lambda: "{a}".format(1))
t(lambda: "{0.nope}".format(1))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{0[}".format(1))
t(lambda: "{0.}".format(1))
t(lambda: "{0[]}".format(1))
t(lambda: "{0:{1:{2}}}".format(1, 2, 3))
t(lambda: "{:d}".format("a"))
t(lambda: "{0}".format_map({}))
t(lambda: "{a}".format_map({}))
t(lambda: "{0:s}".format(1))
