# String formatting: f-strings with format specs, the % operator and str.format on a report.
# SPDX-License-Identifier: MIT
import sys

N = 40000  # pi: 500
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def rows(n, seed):
    out = []
    for i in range(n):
        seed = (seed * 3877 + 29573) % 139968
        out.append(("item%d" % (seed % 997), seed % 1000, seed / 7.0, i))
    return out


def report(data):
    # Each line is hashed as it is made: a report streamed to a device.
    first = []
    n = 0
    h = 0
    for name, qty, price, i in data:
        lines = [
            f"{i:6d} {name:<10} {qty:>5} {price:10.2f} {qty * price:12.3f}",
            "%-8s|%04d|%8.3f|%x|%o" % (name, qty, price, i, qty),
            "{0}:{1:>7}:{2:.1f}:{3}".format(i, name, price, qty % 7 == 0),
            f"{name!r} {i % 100:02d}% {price:e}",
        ]
        if not first:
            first = lines
        for line in lines:
            n += len(line)
            h = (h * 33 + len(line) + ord(line[-1])) % 1000000007
    return first, n, h


first = []
n = 0
h = 0
seed = 23
for chunk in range(max(1, N // 1000)):
    data = rows(min(N, 1000), seed)
    seed = data[-1][1] + chunk
    f, dn, dh = report(data)
    if not first:
        first = f
    n += dn
    h = (h * 7 + dh) % 1000000007
for line in first:
    print(line)
print("chars", n)
print("checksum:", h)
