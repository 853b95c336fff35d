# << and >> on ints at and around the small-int and machine-word boundaries
# (31/32/62/63/64 bits), as expressions and augmented assignments: exact
# results, never undefined behaviour in the fast paths (checked with UBSan).
vals = [0, 1, -1, 2, -2, 3, 7, -7, 255, -256, 2 ** 30 - 1, -2 ** 30, 2 ** 30, 2 ** 31 - 1, -2 ** 31,
        2 ** 32, 2 ** 61 - 1, -2 ** 61, 2 ** 62 - 1, -2 ** 62, 2 ** 62, 2 ** 63 - 1, -2 ** 63,
        2 ** 63, 0x123456789ABCDEF0]
total = 0
for v in vals:
    for s in range(0, 70):
        r = v << s
        w = v
        w <<= s
        assert r == w == v * 2 ** s, (v, s)
        assert r >> s == v, (v, s)
        x = v >> s
        assert x == v // 2 ** s, (v, s)
        total = (total * 31 + r % 1000003 + x % 999983) % (2 ** 61 - 1)
print(total)
print(1 << 62, -1 << 63, (2 ** 62 - 1) << 1, -(2 ** 62) << 1, (1 << 64) >> 64, -1 >> 100)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print("alive")
