# str.translate and str.maketrans.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

tbl = str.maketrans("abc", "xyz")
print(sorted(tbl.items()))
print("aabbcc d".translate(tbl))
tbl = str.maketrans("ab", "éü", "c")
print(sorted(tbl.items()), "abcabc".translate(tbl))
tbl = str.maketrans({"a": "1", "b": None, 99: "zz", "é": 101})
print(sorted(tbl.items()), "abcé".translate(tbl))
print("hello".translate({ord("l"): None}), "abc".translate({}), "abc".translate([]))
print("abc".translate({97: 0x20ac}))
t(lambda: str.maketrans("ab", "c"))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate(5))
t(lambda: "a".translate({97: -1}))
