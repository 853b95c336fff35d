# repr(float) is the shortest string that reads back to the same double:
# random doubles over the whole exponent range (subnormals and powers of two
# included), decimal-looking values, and the fixed/exponent switch points.
state = 424242


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


def make(m, e):
    # m * 2**e, correctly rounded, using exact int arithmetic.
    if e >= 0:
        return float(m << e)
    return m / (1 << -e)


vals = []
for i in range(400):
    m = rnd() | (1 << 52)
    e = int(rnd() % 2098) - 1126
    vals.append(make(m, e))
for k in range(-1074, 1024, 7):
    vals.append(make(1, k))
    vals.append(make(3, k - 1))
for i in range(150):
    vals.append((rnd() % 10 ** (1 + rnd() % 17)) / 10 ** (rnd() % 25))
for p in range(-8, 25):
    vals.append(10.0 ** p)
    vals.append(1.5 * 10.0 ** p)
vals += [1e16, 9999999999999998.0, 1e-4, 0.00011, 9.999999999999999e-05, 5e-324, 2.2250738585072014e-308,
         1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 123456789012345678.0, 4.35, 0.0, -0.0]
for x in vals:
    for y in (x, -x):
        r = repr(y)
        print(r, str(y) == r, float(r) == y)
