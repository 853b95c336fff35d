# List sorting: sort() and sorted() with and without key functions, on ints, strings, tuples, objects.
# SPDX-License-Identifier: MIT
import sys

N = 20000  # pi: 800
if len(sys.argv) > 1:
    N = int(sys.argv[1])

ROUNDS = 3


def numbers(count, seed):
    out = []
    for _ in range(count):
        seed = (seed * 3877 + 29573) % 139968
        out.append(seed)
    return out


class Record:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score


def by_age(r):
    return r.age


def one_round(seed):
    nums = numbers(N, seed)
    a = sorted(nums)
    b = sorted(nums, reverse=True)
    c = nums[:]
    c.sort(key=lambda v: (v % 1000, v))
    names = ["n%d" % (v % 5000) for v in nums]
    d = sorted(names)
    e = sorted(names, key=len)
    recs = [Record(names[i], nums[i] % 90, nums[(i * 7) % N] % 1000) for i in range(N // 2)]
    recs.sort(key=by_age)
    recs.sort(key=lambda r: r.score, reverse=True)
    # Sorting an already sorted and a reversed list: the easy cases.
    a.sort()
    b.sort()
    pairs = [(v % 100, -v) for v in nums]
    pairs.sort()
    h = 0
    for i in range(0, N, 97):
        h = (h * 31 + a[i] + c[i] + len(d[i]) + len(e[i]) + pairs[i][1]) % 1000000007
    for i in range(0, N // 2, 53):
        h = (h * 31 + recs[i].age + recs[i].score) % 1000000007
    return h, a[0], a[-1], d[0], recs[0].name


total = 0
for r in range(ROUNDS):
    h, lo, hi, first, name = one_round(3 + r * 1000)
    total = (total * 7 + h) % 1000000007
print("min", lo, "max", hi, "first", first, name)
print("checksum:", total)
