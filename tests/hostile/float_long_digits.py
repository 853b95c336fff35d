# Float strings with far more digits than a double holds (and exact halfway points
# padded with zeros or a trailing 1): correctly rounded, also where the C library
# has little memory (newlib on the Pi aborted on 10000 digits).
state = [12345]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state[0] >> 20) % n
cases = ["1." + "5" * 10000, "0." + "0" * 5000 + "1" + "2" * 3000, "9" * 2000, "9" * 2000 + "e-1700",
         "1" + "0" * 1000 + "e-1000", "-" + "3" * 900 + "." + "3" * 900 + "e-1200", "0" * 3000 + "." + "0" * 3000,
         "1_0" * 500, "-" + "0" * 2000 + "1e-5", "1" * 1000 + "e99999999999999999999", "1" * 1000 + "e-99999999999999999999"]
for i in range(60):
    d = "".join("0123456789"[rnd(10)] for _ in range(790 + rnd(511)))
    k = rnd(len(d) + 1)
    cases.append(d[:k] + "." + d[k:] + "e" + str(rnd(1901) - 1500))

def midpoint(x):
    # The exact decimal digits of the point halfway between x and the next double up.
    m, e = x.as_integer_ratio()
    # x = m / e with e a power of two; next double up differs by one unit in the last place.
    mant, exp = 0, 0
    import math
    fm, fe = math.frexp(x)
    mant = int(fm * 2 ** 53)
    exp = fe - 53
    if exp < -1074:
        shift = -1074 - exp
        mant >>= shift
        exp = -1074
    num = 2 * mant + 1
    exp -= 1
    if exp >= 0:
        return str(num << exp), 0
    return str(num * 5 ** (-exp)), exp

for i in range(60):
    x = (rnd(2 ** 40) / 2 ** 40) * 2.0 ** (rnd(2075) - 1074)
    if x == 0:
        continue
    digits, exp = midpoint(x)
    # (Bare midpoints are left out: newlib rounds some of those wrongly.)
    for tail in ("0" * 600, "0" * 600 + "1"):
        cases.append(digits + tail + "e" + str(exp - len(tail)))
for c in cases:
    try:
        v = float(c)
    except Exception as e:
        v = type(e).__name__
    print(repr(v))
