# bool() applies the truth test.
for v in [0, 1, -1, 0.0, 2.5, "", "False", [], [[]], (), {}, {0: 0}, None, range(0), range(3)]:
    print(repr(v), bool(v))
print(bool(), bool(bool))
print(bool(-0.0), bool(float("nan")), bool(2 ** 100))
print(bool(" "), bool("\x00"), bool([None]))
print(type(bool(1)).__name__, bool(1) is True)
print(bool(b""), bool(b"\x00"))
