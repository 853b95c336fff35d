# str.split, rsplit, splitlines, partition, rpartition.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["a b  c", "  a b  c  ", "", "   ", "a", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\xa0i\u3000j", "one"]:
    print(repr(s), s.split(), s.rsplit())
    for m in (-1, 0, 1, 2, 5):
        print(m, s.split(None, m), s.rsplit(None, m), s.split(maxsplit=m))
for s in ["a,b,,c", ",a,", "", ",", "abc", "a,,b,,c"]:
    for sep in (",", ",,", "b", "abc", "zz"):
        print(repr(s), repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1))
print("aXbXc".split(sep="X", maxsplit=1))
print("héllo wörld".split("ö"), "éaéaé".rsplit("a", 1))
t(lambda: "a".split(""))
t(lambda: "a".rsplit(""))
t(lambda: "a".split(1))
t(lambda: "a".split(",", "x"))
for s in ["a\nb\r\nc\rd", "a\n\nb\n", "", "\n", "x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029end", "no newline"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
for s in ["a=b=c", "abc", "=", "", "é=ü"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("b="), s.rpartition("=c"))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(""))
t(lambda: "a".partition(1))
