# Generators: a lazy pipeline of generator functions, generator expressions and yield from.
# SPDX-License-Identifier: MIT
import sys

N = 400000  # pi: 10000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def counter(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def lcg(values):
    for v in values:
        yield (v * 3877 + 29573) % 139968


def keep_if(pred, values):
    for v in values:
        if pred(v):
            yield v


def windows(values, size):
    buf = []
    for v in values:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf = []


def flatten(groups):
    for g in groups:
        yield from g


def running_max(values):
    best = -1
    for v in values:
        if v > best:
            best = v
        yield best


def chain_stages(n):
    stage = lcg(counter(n))
    stage = keep_if(lambda v: v % 3 != 0, stage)
    stage = windows(stage, 4)
    stage = (sum(w) for w in stage)
    return stage


total = 0
count = 0
for s in chain_stages(N):
    total += s
    count += 1
peak = 0
for m in running_max(flatten(windows(counter(N // 2), 5))):
    peak = m
evens = sum(x for x in counter(N) if x % 2 == 0)
squares = list(x * x for x in range(N // 10))
print("windows", count, "peak", peak)
print("checksum:", (total + evens + sum(squares)) % 1000000007)
