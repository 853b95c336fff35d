# bytes methods shared with str, plus hex/fromhex/decode.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" H"), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b","), b.rsplit(None, 1), b.split(b"l", 2), b"a\nb\r\nc".splitlines())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.count(108), b.index(b"W"))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.replace(b"l", b"L"), b.replace(b"l", b"", 2))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"a=b".partition(b"="), b"a=b".rpartition(b"="))
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"-5".zfill(4))
print(b"hello world".title(), b"hELLO".capitalize(), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"ab1".isalnum(), b"12".isdigit(), b" ".isspace(), b"AB".isupper(),
      b"ab".islower(), b"Ab Cd".istitle(), b"\xe9".isalpha(), b"\x80".isascii(), b"".isascii())
print(b"xxabcxx".removeprefix(b"xx"), b"xxabcxx".removesuffix(b"xx"))
print(b"abc".hex(), b"".hex(), b"\x00\xff".hex(), b"abcde".hex(":"), b"abcde".hex(":", 2), b"abcde".hex("-", -2))
print(bytes.fromhex("0aff 10"), bytes.fromhex(""), bytes.fromhex(" 01 02 "), bytearray.fromhex("41"))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex("a"))
t(lambda: bytes.fromhex("ab c"))
t(lambda: b"abc".find("a"))
t(lambda: b"abc".find(300))
t(lambda: b"abc".split("a"))
t(lambda: b"abc".index(b"z"))
t(lambda: b"a".center(5, b"ab"))
t(lambda: b"a".ljust(5, "a"))
t(lambda: b"a".join(["a"]))
t(lambda: b"abc".removeprefix("a"))
t(lambda: b"abc".strip("a"))
t(lambda: b"a".split(b""))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
t(lambda: b"\xff".decode())
t(lambda: b"\xff".decode("ascii"))
print(b"%s %d %x %c %c %r %5s|%-3b|" % (b"a", 3, 255, 65, b"B", b"q", b"ab", b"z"))
t(lambda: b"%s" % "a")
