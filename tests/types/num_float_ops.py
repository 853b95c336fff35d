# Float arithmetic with CPython's rules: // % divmod signs, ** special cases
# (complex results, errors), mixed int/float/bool operands, exact int-float
# comparisons, hashes equal across types.
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 0.1, 1e300, -1e-300, float("inf"), float("-inf"), 3, -3, True, 2**70]
nan = float("nan")


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for a in vals:
    for b in vals:
        if isinstance(a, int) and isinstance(b, int):
            continue
        t(lambda: (a + b, a - b, a * b))
        t(lambda: a / b)
        t(lambda: a // b)
        t(lambda: a % b)
        t(lambda: divmod(a, b))
        t(lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))
for a, b in [(2.0, 0.5), (-8.0, 1 / 3), (-8.0, 2.0), (-8.0, 3.0), (0.0, -1.0), (0.0, -2), (-0.0, 3.0), (-0.0, 2.0),
             (0.0, 0.0), (nan, 0.0), (1.0, nan), (nan, 1.0), (float("inf"), -3.0), (float("-inf"), 3.0),
             (float("-inf"), 2.0), (float("-inf"), -3.0), (0.5, float("inf")), (2.0, float("-inf")),
             (-1.0, float("inf")), (10.0, 400.0), (10.0, -400.0), (-10.0, 401.0), (2, 0.5), (2.0, 3),
             (-2.0, 0.5), (1.5, 2**64), (-1.0, 2.0**60 + 1), (4, -0.5), (10, -2)]:
    t(lambda: a ** b)
t(lambda: pow(2.0, 3.0))
t(lambda: pow(-1.0, 0.5))
big = 2**53 + 1
print(big > float(2**53), big == float(2**53), float(2**53) < big, big - 1 == float(2**53), 2**1000 > 1e300)
print(2**1024 > float("inf"), -2**1024 < float("-inf"), 2**1024 > 1.7976931348623157e308, 10**400 == float("inf"))
print(nan == 1, nan < 2**100, 1 < nan, nan != 3, 2**100 != nan, 3 == 3.0, 3 == 3.5, -(2**80) < -1.5e24)
print(2**80 + 1 > 2.0**80, 2**80 - 1 < 2.0**80, 2**80 == 2.0**80, -(2**80 + 1) < -(2.0**80), 7 > 6.999999999999999)
print(hash(1.0) == hash(1), hash(2.0**80) == hash(2**80), hash(-2.0**100) == hash(-2**100), hash(-0.0), hash(-1.0))
print(hash(float("inf")), hash(float("-inf")), hash(1e300) == hash(int(1e300)), hash(-1e22) == hash(-10**22))
x = 0.1
x += 0.2
x *= 3
x -= 1
x /= 7
x //= 0.01
x %= 5
x **= 2
print(x)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -5, abs(-0.0), -(0.0), +(-0.0), 5 % -0.5, -5 // 0.3)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 1e308 + 1e308, float("inf") - float("inf"))
print(True + 0.5, 0.5 * False, 3.0 - True, True / 2, 7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(-7, 2.5))
print(abs(-2.5), -2.5.__abs__() if False else 0, bool(0.0), bool(-0.0), bool(nan), int(2.9), int(-2.9), int(1e20))
