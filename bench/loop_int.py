# Loops over small ints: arithmetic, comparisons and augmented assignment in a function.
# SPDX-License-Identifier: MIT
import sys

N = 1000000  # pi: 60000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def mix(n):
    acc = 0
    odd = 0
    i = 0
    while i < n:
        acc += (i * 7) % 13 - (i >> 2) + (i & 5)
        if i % 3 == 0:
            odd ^= i
        i += 1
    return acc, odd


def collatz_steps(limit):
    # Longest chain below [limit]: integer division and branches.
    best = 0
    best_start = 1
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n //= 2
            steps += 1
        if steps > best:
            best = steps
            best_start = start
    return best_start, best


a, o = mix(N)
s, b = collatz_steps(N // 30)
print("mix", a, o)
print("collatz", s, b)
print("checksum:", (a * 31 + o * 17 + s * 7 + b) % 1000000007)
