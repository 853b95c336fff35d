# range: construction, len, indexing, slicing, membership, equality, iteration, repr.
r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1), range(-3), range(2, 2))
print(len(r), len(range(1, 10, 3)), len(range(10, 0, -3)), len(range(0)), len(range(5, 1)), len(range(-5, -1, 2)))
print(list(range(5)), list(range(10, 0, -2)), list(range(-3, 3)), list(range(0, 1, 100)))
print(r[0], r[-1], r[5], range(1, 20, 3)[2], range(10, 0, -3)[-1])
print(r[2:5], r[::-1], range(0, 10, 3)[1:], range(5)[10:20], r[::2], r[-3:], r[:-3], r[8:2:-2])
print(range(1, 100, 7)[3:9:2], range(10, 0, -1)[::3], list(range(10)[::-1]) == list(reversed(range(10))))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2 in range(10, 0, -2), 3.0 in r, "a" in r, True in r)
print(r.count(3), r.count(11), r.index(7), range(10, 0, -2).index(4), r.count(2.0))
print(range(5) == range(5), range(0) == range(2, 2), range(1, 2) == range(1, 3, 5), range(0, 5, 2) == range(0, 6, 2), range(3) != range(4))
print(range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5)))
print(r.start, r.stop, r.step, range(1, 2, 3).step, range(4).start)
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(7)), list(reversed(range(1, 10, 4))))
print(list(reversed(range(0))), list(reversed(range(10, 0, -3))), sorted(range(3, 0, -1)))
print(list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13))))
big = range(2 ** 40)
print(len(big), big[-1], 2 ** 39 in big, big[2 ** 30])
print(range(-2 ** 40, 2 ** 40, 2 ** 20)[5], len(range(0, 2 ** 50, 3)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
total = 0
for i in range(1000):
    total += i
print(total)
for i in range(3, -4, -3):
    print(i, end=" ")
print()
