# float() from strings, bytes, ints and bools; hex() and fromhex();
# as_integer_ratio(), is_integer(), real/imag/conjugate.
for s in ["1", "-1.5", "  2.5e3  ", "1_000.000_1", ".5", "5.", "1e-400", "1e400", "-1e400", "inf", "-Infinity",
          "nAn", "+nan", "1E+5", "0x10", "1__0", "_1", "1_", "1_.5", "1._5", "1e_1", "1e1_", ".", "e5", "1e",
          "", " ", "in", "infinit", "1.5j", "\t\n42\r ", "0000.0001", "1" * 400, "0." + "0" * 400 + "1",
          "9007199254740993", "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062328e-324",
          "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308"]:
    try:
        print(repr(s)[:60], repr(float(s)))
    except ValueError as e:
        print("ValueError", str(e)[:80])
print(float(b"1.25"), float(bytearray(b" -3 ")), float(7), float(-2**63), float(True), float(2**1023 * 1.0 == 2.0**1023))
for bad in [b"x", []]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 3.0, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 1 / 3, 1024.5]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v, v.is_integer(), v.real, v.imag, v.conjugate())
    if v == v and abs(v) != float("inf"):
        print(v.as_integer_ratio())
for s in ["0x1.8p3", "-0X1.8P-3", "1p0", "0x.8", "0x1.", "  0xAp1  ", "inf", "-nan", "0x1p-1074", "0x1p-1075",
          "0x1.0000000000001p-1075", "0x1.fffffffffffff8p1023", "0x1p1024", "0x", "0x1p", "1.2.3", "0xg"]:
    try:
        print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
# Unicode spaces around str arguments (not bytes).
print(float("\u00a0\u2003 1.5 \u3000\u2029"), int("\u205f 42\u1680"), complex("\u2000(1+2j)\u202f"))
for bad in [b"\xc2\xa0 1.5", "1.5\u200b"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
