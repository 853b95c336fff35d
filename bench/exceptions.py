# Exceptions in loops: raising and catching built-in and user-defined exceptions, finally blocks.
# SPDX-License-Identifier: MIT
import sys

N = 150000  # pi: 3000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


class ValidationError(Exception):
    def __init__(self, code):
        super().__init__("bad value")
        self.code = code


class TooBig(ValidationError):
    pass


def validate(v):
    if v % 7 == 0:
        raise ValidationError(v % 10)
    if v > 120000:
        raise TooBig(v % 3)
    return v


def lookup(table, k):
    try:
        return table[k]
    except KeyError:
        return -1


def parse(s):
    try:
        return int(s)
    except ValueError:
        return 0


def deep(n):
    if n == 0:
        raise IndexError(n)
    return deep(n - 1)


table = {}
for i in range(0, 200, 3):
    table[i] = i * 2
seed = 9
ok = 0
codes = 0
big = 0
cleanups = 0
missing = 0
for i in range(N):
    seed = (seed * 3877 + 29573) % 139968
    try:
        ok += validate(seed) & 7
    except TooBig as e:
        big += 1 + e.code
    except ValidationError as e:
        codes += e.code
    finally:
        cleanups += 1
    missing += lookup(table, i % 200)
    missing += parse("x" if i % 4 == 0 else "12")
caught = 0
for i in range(N // 20):
    try:
        deep(i % 10)
    except IndexError:
        caught += 1
    try:
        [][i]
    except IndexError:
        caught += 1
    try:
        1 / (i % 2)
    except ZeroDivisionError:
        caught += 1
print("ok", ok, "codes", codes, "big", big, "caught", caught)
print("checksum:", ok + codes * 3 + big * 5 + cleanups + missing + caught)
