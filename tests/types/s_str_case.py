# Case mapping: upper, lower, title, capitalize, swapcase, casefold.
samples = ["hello World", "", "123 abc", "they're bill's friends", "ÉCOLE élève", "straße ß",
           "ΟΔΟΣ Σ ΑΣ. Α.Σ aΣb", "привет мир ЁЖ", "ǅ", "ﬁne", "İstanbul ı", "µ ÿ Ÿ ſ",
           "ΐ ΰ", "hELLO wORLD", "a1b2 c3D4", "ŉ", "ǰ", "\u0345"]
for s in samples:
    print(repr(s))
    print(" ", repr(s.upper()), repr(s.lower()), repr(s.swapcase()))
    print(" ", repr(s.title()), repr(s.capitalize()), repr(s.casefold()))
print("ABC".lower() == "abc", "abc".upper() is not None)
