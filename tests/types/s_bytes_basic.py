# bytes: construction, repr, indexing, slicing, operators, hashing, iteration.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b"abc", repr(b""), b"a'b", b'a"b', b"a'b\"c", b"\x00\x7f\x80\xff\t\n\r\\")
print(bytes(), bytes(3), bytes([1, 65, 255]), bytes(b"xy"), bytes(bytearray(b"z")), bytes(range(3)))
print(bytes("é", "utf-8"), bytes("é", encoding="latin-1"), bytes((x for x in (104, 105))))
t(lambda: bytes(-1))
t(lambda: bytes("a"))
t(lambda: bytes(1.5))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes(1, "utf-8"))
t(lambda: bytes("a", 1))
t(lambda: bytes("é", "ascii"))
b = b"hello"
print(len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-100:2])
t(lambda: b[5])
t(lambda: b[-6])
idx = 1.5
t(lambda: b[idx])
print(b"ab" + b"cd", b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" + bytearray(b"!"))
t(lambda: b"a" + "b")
t(lambda: b"a" + 1)
t(lambda: b"a" * 1.5)
print(b"a" < b"b", b"ab" < b"a", b"ab" == b"ab", b"a" == "a", b"a" != "a", b"ab" <= b"ab")
print(b"a" == bytearray(b"a"), bytearray(b"b") > b"a")
t(lambda: b"a" < "a")
print(98 in b"abc", b"bc" in b"abc", b"" in b"abc", 120 in b"abc", bytearray(b"c") in b"abc")
t(lambda: 300 in b"abc")
t(lambda: "a" in b"abc")
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"])
print(list(b"ab\xff"), [x for x in b""], bool(b""), bool(b"\x00"))
print(type(b"").__name__, isinstance(b"", bytes))
