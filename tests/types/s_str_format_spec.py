# The format-spec mini-language: format() of str, int, float.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ["", "5", "<5", ">5", "^5", "*^7", "é>4", ".2", "<8.3", "05", "s", "^6.1s"]:
    print(repr(spec), [format(s, spec) for s in ("", "a", "abc", "éüx")])
for spec in ["", "d", "5", "05", "+", " ", "-", "+5", "=+6", "<6", "^6", "*>6", "0=6", ",", "_",
             "010,", "08,", "09,", "0=10,", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x",
             "_x", "_b", "#_o", "n", "e", ".2e", "f", ".3f", "g", "%", ".1%", "E", "G", "F"]:
    print(repr(spec), [format(n, spec) for n in (0, 7, -7, 255, 1234567, -1234567)])
print([format(n, "c") for n in (0, 7, 65, 255, 1234)])
print(format(10**30, ","), format(-10**25, "_x"), format(2**70, "#b"), format(10**20, "030,"))
print(format(True, ""), format(True, "d"), format(False, "5"), format(True, "x"))
for spec in ["", "10", "<10", "^10", "=+10", "010", "+.3", ".0", ".1", ".2", ".3", ".10",
             ",", "_", "010,.1f", ",.2f", "e", ".2e", "E", "f", ".0f", "#.0f", "F", "g",
             ".3g", "#g", "G", "%", ".2%", "n", "z.1f", "+z.1f"]:
    print(repr(spec), [format(v, spec) for v in (0.0, -0.0, 1.0, 1.5, -2.25, 100.0, 12345.678,
                                                 1e16, 1.5e-7, 123456789.0)])
print([format(v, "010") for v in (float("inf"), float("-inf"), float("nan"))])
print([format(v, "=+10") for v in (float("inf"), float("nan"))])
t(lambda: format("a", "=5"))
t(lambda: format("a", "+"))
t(lambda: format("a", "#"))
t(lambda: format("a", ","))
t(lambda: format("a", "d"))
t(lambda: format("abc", "xx"))
t(lambda: format(1, "s"))
t(lambda: format(1, ".2"))
t(lambda: format(1, "+c"))
t(lambda: format(1, "#c"))
t(lambda: format(1, ",b"))
t(lambda: format(1, "_n"))
t(lambda: format(1, ",_"))
t(lambda: format(1, "."))
t(lambda: format(1, "z"))
t(lambda: format(1, "xx"))
t(lambda: format(0x110000, "c"))
t(lambda: format(-1, "c"))
t(lambda: format(1.5, "d"))
t(lambda: format(1.5, "xx"))
t(lambda: format(None, "s"))
t(lambda: format([1], ">5"))
print(format(None, ""), format([1, 2], ""), format(65, "c"), format(0x20ac, "c"))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "xyz"), "{:abc}".format(F()), f"{F():q}")
