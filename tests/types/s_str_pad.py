# center, ljust, rjust, zfill, expandtabs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "a", "ab", "abc", "é"]:
    for w in (-1, 0, 1, 2, 3, 4, 5, 6, 7):
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)),
              repr(s.center(w, "*")), repr(s.ljust(w, "é")), repr(s.rjust(w, "-")), repr(s.zfill(w)))
for s in ["42", "-42", "+42", "", "-", "abc", "--1"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 5)])
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, 1))
t(lambda: "a".center("x"))
t(lambda: "a".ljust(2.0))
t(lambda: "a".zfill("x"))
for s in ["a\tbc\td", "\t", "ab\n\tc", "x\r\ty", "é\tx", "12345678\tx"]:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)),
          repr(s.expandtabs(tabsize=1)), repr(s.expandtabs(-1)))
t(lambda: "a".expandtabs("a"))
