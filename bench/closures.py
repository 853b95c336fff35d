# Closures: counters with nonlocal state, function factories and composed lambdas.
# SPDX-License-Identifier: MIT
import sys

N = 400000  # pi: 10000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def make_counter(start, step):
    value = start

    def tick():
        nonlocal value
        value += step
        return value

    return tick


def make_adder(k):
    return lambda x: x + k


def make_scaler(k):
    def scale(x):
        return x * k % 10007
    return scale


def compose(f, g):
    def both(x):
        return g(f(x))
    return both


def make_accumulator():
    items = []

    def add(v):
        items.append(v)
        return len(items)

    def total():
        return sum(items)

    return add, total


counters = [make_counter(i, i % 5 + 1) for i in range(10)]
pipeline = compose(make_adder(3), compose(make_scaler(7), make_adder(-1)))
add, total = make_accumulator()
acc = 0
for i in range(N):
    c = counters[i % 10]
    acc += c()
    acc += pipeline(i)
    if i % 100 == 0:
        add(acc % 1000)
fs = [make_adder(j) for j in range(50)]
for i in range(N // 50):
    for f in fs:
        acc += f(i) & 3
print("items", add(0) - 1)
print("checksum:", (acc + total()) % 1000000007)
