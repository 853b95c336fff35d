# Float arithmetic: escape-time iterations over a grid of the Mandelbrot set.
# SPDX-License-Identifier: MIT
import sys

N = 250  # pi: 24
if len(sys.argv) > 1:
    N = int(sys.argv[1])

MAX_ITER = 60


def escape(cr, ci):
    zr = 0.0
    zi = 0.0
    k = 0
    while k < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        k += 1
    return MAX_ITER


def render(size):
    rows = []
    total = 0
    inside = 0
    for y in range(size):
        ci = -1.25 + 2.5 * y / size
        line = []
        for x in range(size):
            cr = -2.1 + 2.8 * x / size
            k = escape(cr, ci)
            total += k
            if k == MAX_ITER:
                inside += 1
                line.append("#")
            elif k > 8:
                line.append("+")
            else:
                line.append(".")
        rows.append("".join(line))
    return rows, total, inside


rows, total, inside = render(N)
h = 0
for r in rows:
    for ch in r:
        h = (h * 31 + ord(ch)) & 0xFFFFFF
print("inside", inside, "iterations", total)
print(rows[N // 2][: 40])
print("checksum:", (total + inside * 1000 + h) % 1000000007)
