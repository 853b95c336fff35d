# repr and str of ranges, and equality.
print(range(5), repr(range(1, 5)), str(range(1, 10, 2)))
print(range(0), range(5, 0, -1))
print([range(3)])
print(range(0) == range(2, 2), range(0, 3) == range(3))
print(range(0, 5, 2) == range(0, 6, 2), range(1, 2) == range(1, 3))
r = range(3, 30, 3)
print(r.start, r.stop, r.step)
print(range(10).step, range(5, 1).start)
