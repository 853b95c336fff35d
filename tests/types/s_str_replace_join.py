# str.replace and str.join.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["aXbXc", "XX", "", "abc", "éXüXé"]:
    for old, new in [("X", "--"), ("X", ""), ("", "-"), ("abc", "Z"), ("é", "e"), ("XX", "Y")]:
        print(repr(s), repr(old), repr(new), repr(s.replace(old, new)),
              [s.replace(old, new, c) for c in (-1, 0, 1, 2, 10)])
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", 1))
print(",".join(["a", "b", "c"]), "".join([]), "-".join(["x"]), "é".join("abc"))
print(", ".join(("é", "ü")), "".join(str(i) for i in range(10)), ":".join({"k": 1}))
print(len("é".join(["ü"] * 5)), "ab".join(["", ""]))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join([1, "a"]))
t(lambda: ",".join(5))
t(lambda: ",".join([b"a"]))
big = "-".join(["x"] * 10000)
print(len(big), big[:7], big.count("-"))
