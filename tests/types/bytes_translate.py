# bytes/bytearray.translate and maketrans.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], t[:3], bytearray.maketrans(b"a", b"b")[97])
print(b"aabbcc".translate(t), bytearray(b"cab").translate(t), b"abc".translate(None, b"b"))
print(b"abcabc".translate(t, b"a"), b"abc".translate(None, delete=b"c"), b"".translate(t))
print(bytearray(b"xy").translate(None), type(bytearray(b"xy").translate(None)).__name__)
print(b"hello".translate(bytearray(range(256))[::-1]))
print(b"abc".translate(memoryview(bytes(range(256)))))
for bad in [lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"a", b"bc"),
            lambda: bytes.maketrans("a", "b"), lambda: b"a".translate(None, "x"),
            lambda: b"a".translate(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
