# round() for floats and ints: half to even on the exact binary value, with
# positive and negative ndigits, huge ndigits, and the overflow case.
state = 31337


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11


vals = [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1234.5678, -1234.5678, 5e-324, 1e300, 1.7e308,
        0.0, -0.0, 123456789012345678.0, 0.049999999999999996, 15.0, 25.0, 35.0, 45.0, 1e16 + 2]
for i in range(60):
    vals.append((rnd() % 10**8) / 10 ** (rnd() % 8) * (1 if rnd() % 2 else -1))
for v in vals:
    out = [round(v) if v == v and abs(v) != float("inf") else None]
    for n in (0, 1, 2, 3, 5, 10, -1, -2, -3, -10, 400, -400, 323, -308):
        try:
            out.append(round(v, n))
        except OverflowError as e:
            out.append("OverflowError " + str(e))
    print(repr(v), out)
for v in [0, 5, 15, 25, -25, 12345, -12345, 2**100, -(2**100) - 5 * 10**20, True, 10**30 + 5 * 10**29]:
    print(v, round(v), round(v, 2), round(v, -1), round(v, -2), round(v, -30), round(v, None))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(round(v, 2), round(v, -2))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(0.5 + 2**-53), round(2**52 + 0.5), round(-(2**52) - 0.5), round(1e20), type(round(2.5, 0)), type(round(7, -1)))
try:
    round(1.5, "x")
except TypeError as e:
    print("TypeError", e)
print(round(5.5, -10**20), round(5.5, 10**20), round(7, 10**20), round(-2.5, 2**70), round(1e300, -2**70))
print(round(-99, -2), round(-50, -2), round(-150, -2), round(149, -2), round(9, -1), round(99, -3), round(10**40 + 5, -1))
