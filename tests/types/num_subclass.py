# Numbers and classes derived from int, float, complex and str: arithmetic
# gives plain numbers, methods and conversions see the value, and text
# subclasses convert like their text.
class MyInt(int):
    def double(self):
        return self * 2


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


class S(str):
    pass


class B(bytes):
    pass


a = MyInt(21)
print(a, a.double(), a + 1, type(a + 1).__name__, isinstance(a, int), repr(a), a == 21, hash(a) == hash(21))
print(a.bit_length(), a.to_bytes(2, "big"), a.real, a.numerator, divmod(a, 4), a // 4, -a, abs(MyInt(-3)), 2 ** a > a)
print(int(a), type(int(a)).__name__, float(a), MyInt("ff", 16), MyInt(), MyInt(7.9))
f = MyFloat("1.5")
print(f, f * 2, type(f * 2).__name__, f.is_integer(), f.hex(), round(f), int(f), f.as_integer_ratio(), f == 1.5)
print(float(f), type(float(f)).__name__, MyFloat(3), MyFloat(), f < 2, 2 > f)
z = MyComplex(1, 2)
print(z, z * 2, type(z * 2).__name__, z.real, z.imag, z.conjugate(), abs(MyComplex(3, 4)))
print(MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
print(MyFloat.fromhex("0x1p4"), type(MyFloat.fromhex("0x1p4")).__name__)
print(int(S("12")), float(S(" 1.5 ")), complex(S("1+2j")), int(S("ff"), 16), int(B(b"7")), float(B(b"2.5")))
for bad in [lambda: int(S("zz")), lambda: float(S("x")), lambda: int(B(b"1.5"))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
