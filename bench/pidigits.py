# Big ints: decimal digits of pi from a streaming spigot (linear fractional transforms).
# SPDX-License-Identifier: MIT
import sys

N = 2000  # pi: 200
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def pi_digits(count):
    # The state is the transform (q r / 0 t) applied to the tail of the series;
    # a digit is safe to emit once the transform maps 3 and 4 to the same floor.
    q, r, t = 1, 0, 1
    k = 1
    out = []
    while len(out) < count:
        d3 = (3 * q + r) // t
        d4 = (4 * q + r) // t
        if d3 == d4:
            out.append(d3)
            # Shift the emitted digit out: multiply by 10, subtract it.
            r = 10 * (r - d3 * t)
            q = 10 * q
        else:
            # Absorb the next term (k, 4k+2 / 0, 2k+1) of the series.
            m = 2 * k + 1
            r = (2 * q + r) * m
            q = q * k
            t = t * m
            k += 1
    return out


digits = pi_digits(N)
text = "".join([str(d) for d in digits])
weighted = 0
for i, d in enumerate(digits):
    weighted = (weighted * 10 + d * (i + 1)) % 1000000007
print(text[:1] + "." + text[1:50])
print("last", text[-10:])
print("checksum:", weighted, sum(digits))
