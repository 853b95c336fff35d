# str.strip, lstrip, rstrip, removeprefix, removesuffix.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["  xy  ", "xy", "", "   ", "\t\n x \r\x0b\x0c", "\xa0\u3000é\u2000", "xxyxx"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr(s.strip("x")), repr(s.lstrip("x ")), repr(s.rstrip(" x")), repr(s.strip(None)), repr(s.strip("")))
print(repr("éaéxé".strip("é")), repr("éaéxé".lstrip("éa")), repr("éaéxé".rstrip("xé")))
print(repr("www.example.com".strip("cmowz.")))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(1))
t(lambda: "a".rstrip(b"a"))
print("prefix_x".removeprefix("prefix_"), "prefix_x".removeprefix("x"), "ab".removeprefix(""), "ab".removeprefix("abc"))
print("x.py".removesuffix(".py"), "x.py".removesuffix("x"), "ab".removesuffix(""), "ab".removesuffix("ab"))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix(None))
