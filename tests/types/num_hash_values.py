# Exact hash values of ints, floats and complex numbers as CPython computes
# them on 64-bit machines (modulus 2**61 - 1); skipped on 32-bit targets,
# whose modulus is 2**31 - 1.
import sys

if sys.maxsize < 2**40:
    print("SKIP 32-bit hashes differ from CPython's 64-bit ones")
else:
    state = 4711

    def rnd():
        global state
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        return state >> 11

    vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**62, 2**63, 2**64 + 5, -(2**100), 10**50, True]
    for i in range(40):
        vals.append((rnd() ** (1 + rnd() % 6)) * (1 if rnd() % 2 else -1))
    for v in vals:
        print(v, hash(v), hash(float(v)) if abs(v) < 2**1000 else None)
    fl = [0.5, -0.5, 1.5, 0.1, 1e300, -1e-300, 3.14159, 1e-320, 5e-324, 123456789.75, 2.0**61, 2.0**-61, 1e22,
          float("inf"), float("-inf"), -0.0, 2.0**1023]
    for i in range(40):
        fl.append(rnd() / (rnd() + 1) * 2.0 ** (int(rnd() % 200) - 100))
    for v in fl:
        print(repr(v), hash(v))
    for z in [1j, 1 + 2j, -1 + 0j, 3 - 4j, complex(0.5, 0.25), complex(-1, -1)]:
        print(z, hash(z))
