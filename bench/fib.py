# Recursive calls: naive Fibonacci numbers, one call per node of the call tree.
# SPDX-License-Identifier: MIT
import sys

N = 29  # pi: 20
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    # A second recursive shape: three arguments, deep and narrow.
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


total = 0
for k in range(N - 3, N + 1):
    total += fib(k)
t = tak(N // 2, N // 3, N // 5)
print("fib", N, fib(N))
print("checksum:", total * 7 + t)
