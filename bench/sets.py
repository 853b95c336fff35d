# Set-heavy work: membership, unions, intersections and differences of int and str sets.
# SPDX-License-Identifier: MIT
import sys

N = 40000  # pi: 2000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

ROUNDS = 4


def multiples(step, start, limit):
    s = set()
    v = start
    while v < limit:
        s.add(v)
        v += step
    return s


def sieve_primes(limit):
    composite = set()
    primes = []
    for i in range(2, limit):
        if i not in composite:
            primes.append(i)
            for j in range(i * i, limit, i):
                composite.add(j)
    return primes


def tag_sets(count, seed):
    out = []
    for i in range(count):
        tags = set()
        for _ in range(4):
            seed = (seed * 3877 + 29573) % 139968
            tags.add("t" + str(seed % 50))
        out.append(tags)
    return out


def one_round(r):
    primes = sieve_primes(N + r * 10)
    ps = set(primes)
    m3 = multiples(3, r, N)
    m5 = multiples(5, r, N)
    both = m3 & m5
    either = m3 | m5
    only3 = m3 - m5
    odd = m3 ^ m5
    twins = 0
    for p in primes:
        if p + 2 in ps:
            twins += 1
    tags = tag_sets(N // 10, 11 + r)
    common = set()
    seen = set()
    overlaps = 0
    for i in range(1, len(tags)):
        inter = tags[i] & tags[i - 1]
        overlaps += len(inter)
        seen |= tags[i]
        if tags[i].issubset(seen):
            common.add(i % 97)
    seen.discard("t0")
    sizes = (len(primes), twins, len(both), len(either), len(only3), len(odd))
    h = sum(primes) % 1000007 + overlaps + len(common) + len(seen) + sum(sorted(both)[:10])
    return sizes, h


total = 0
for r in range(ROUNDS):
    sizes, h = one_round(r)
    total = (total * 3 + h + sum(sizes)) % 1000000007
print("sizes", sizes)
print("checksum:", total)
