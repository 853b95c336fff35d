# int <-> text in every base: str/hex/oct/bin/format, int(s, base) round trips,
# literal rules for base 0, underscores, whitespace, and the 4300-digit limit.
state = 99


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


DIG = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, b):
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        s = DIG[n % b] + s
        n //= b
    return "-" + s if neg else s


for i in range(60):
    bits = rnd() % 400
    v = rnd() ** (1 + bits // 53) >> (rnd() % 40)
    if rnd() % 2:
        v = -v
    print(v, hex(v), oct(v), bin(v)[:70], format(v, "X")[-30:])
    for b in (2, 3, 7, 10, 16, 36, 2 + rnd() % 35):
        s = to_base(v, b)
        ok = int(s, b) == v and int(s.upper(), b) == v
        print(b, s[:40], ok)

for s in ["0x1f", "0X1F", "0o17", "0b101", "0", "00", "0_0", "1_000_000", " 42 ", "\t-7\n", "+0x_ff", "0b_1_0"]:
    print(repr(s), int(s, 0))
for s in ["010", "0x", "1__0", "_1", "1_", "0_7", "0b2", "12a", "", " ", "- 1", "0x_", "1 2"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print("ValueError", e)
print(int("zz", 36), int("ZZ", 36), int("0x10", 16), int("0b1", 16), int("0o7", 8), int("  +12_3  "))
print(int(b"  12 "), int(bytearray(b"-0x10"), 16), int("1" * 100), int("f" * 300, 16) == 16**300 - 1)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
for bad in [(12, 10), (1.5, 2)]:
    try:
        int(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    int(b"1x")
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)), len(str(-(10 ** 4300 - 1))), len(hex(10 ** 5000)))
print(int("9" * 4300) == 10 ** 4300 - 1, int("1" + "0" * 5000, 16) == 16 ** 5000)
print(str(2 ** 64), str(-2 ** 63), str(2 ** 62 - 1), str(-2 ** 62), str(2 ** 31), str(-2 ** 31 - 1))
