# int's methods and attributes: bit_length, bit_count, to_bytes/from_bytes,
# as_integer_ratio, conjugate, real/imag/numerator/denominator, pow(a, b, m).
vals = [0, 1, -1, 5, -5, 255, 256, -256, -257, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 2**100 + 7, -(2**100 + 7)]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
    n = (v.bit_length() + 8) // 8
    for order in ("big", "little"):
        b = v.to_bytes(n, order, signed=True)
        print(b, int.from_bytes(b, order, signed=True) == v, int.from_bytes(b, order))
    if v >= 0:
        print(v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big"))
print((1).to_bytes(), (0).to_bytes(0, "big"), (-128).to_bytes(1, "big", signed=True))
print((127).to_bytes(1, "big", signed=True), (-1).to_bytes(5, "little", signed=True))
for bad in [(128, 1), (-129, 1), (2**64, 8)]:
    try:
        bad[0].to_bytes(bad[1], "big", signed=True)
    except OverflowError as e:
        print("OverflowError", e)
print(int.from_bytes(b""), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes([1, 2, 3], "little"))
print(int.from_bytes(bytearray(b"\xff\xff"), byteorder="big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes(b"\xff" * 20, "big", signed=True), int.from_bytes(b"\x01" + b"\x00" * 20, "big"))
print(True.bit_length(), True.real, False.imag, True.numerator, True.as_integer_ratio(), True.to_bytes(1, "big"))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10**9 + 7), pow(2, 10**20, 2**70 + 1))
print(pow(3, -1, 7), pow(-3, -2, 11), pow(7, -1, -10), pow(2**100 + 1, -1, 3**50), pow(5, 0, 1), pow(0, 0, 7))
print(pow(10**30 + 3, 10**15 + 7, 10**40 + 9), pow(-(10**30), 3, 10**20 + 1), pow(12345, 67890, -(2**64 + 13)))
print(pow(True, True, 2), pow(2, 5), pow(2, -2), pow(-2, 3), pow(2**64, 3) == 2**192)
print((10).__index__(), int.__index__(7))
