# Ranges beyond machine words: built, printed, indexed, sliced and iterated
# with big ints; len() raises OverflowError as CPython does.
big = range(10 ** 20)
print(big, big[0], big[-1], big[12345678901234567890], 10 ** 19 in big, 10 ** 20 in big, -1 in big)
print(big[2:5], big[::10 ** 19], big[-3:], big[10 ** 19:][:2], bool(big), bool(range(10 ** 20, 0)))
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
r = range(2 ** 64, 2 ** 64 + 10, 3)
print(r, len(r), list(r), r[-1], 2 ** 64 + 3 in r, 2 ** 64 + 4 in r, r.index(2 ** 64 + 6), r.count(2 ** 64))
print(list(reversed(r)), r == range(2 ** 64, 2 ** 64 + 10, 3), r == range(2 ** 64, 2 ** 64 + 12, 3))
n = range(-10 ** 30, -10 ** 30 + 4)
print(list(n), n[1:3], sum(n) == 4 * -10 ** 30 + 6)
it = iter(range(10 ** 25, 10 ** 26, 10 ** 24))
print(next(it), next(it), big.start, big.stop, big.step)
s = range(0, 2 ** 62 + 10, 2 ** 61)
print(list(s), len(s), s[-1], list(reversed(s)))
m = range(-2 ** 62, 2 ** 62, 2 ** 62)
print(list(m), m[1], list(reversed(m)))
e = range(9223372036854775807 - 3, 9223372036854775807 + 3)
print(list(e), len(e))
try:
    big[10 ** 20]
except IndexError as ex:
    print("IndexError", ex)
