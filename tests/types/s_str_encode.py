# str.encode, bytes.decode, str(bytes, encoding) and their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "abc", "héllo", "\u20ac\U0001f600", "\xff\xfe"]:
    print(repr(s), s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode(encoding="utf_8"))
    t(lambda: s.encode("ascii"))
    t(lambda: s.encode("latin-1"))
    t(lambda: s.encode("ascii", "ignore"))
    t(lambda: s.encode("ascii", "replace"))
    t(lambda: s.encode("latin1", "backslashreplace"))
t(lambda: "a".encode("no-such-codec"))
t(lambda: "é".encode("ascii", "no-such-handler"))
t(lambda: "a".encode(1))
for b in [b"", b"abc", b"h\xc3\xa9llo", b"\xff", b"a\xe2\x82b", b"\xe2\x82", b"\xed\xa0\x80",
          b"\xc0\x80", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98\x80", b"ok\xe9\xe9ok"]:
    t(lambda: b.decode())
    t(lambda: b.decode("ascii"))
    t(lambda: b.decode("latin-1"))
    t(lambda: b.decode("utf-8", "replace"))
    t(lambda: b.decode("utf-8", "ignore"))
    t(lambda: b.decode("utf-8", "backslashreplace"))
    t(lambda: b.decode(errors="replace"))
t(lambda: b"a".decode("no-such-codec"))
t(lambda: b"\xff".decode("utf-8", "no-such-handler"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"x", encoding="ascii"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str("a", "utf-8"))
t(lambda: str(1, "utf-8"))
t(lambda: str(b"a", 1))
print(repr(str(b"ab")))
