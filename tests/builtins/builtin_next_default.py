# next with a default never raises StopIteration.
it = iter([1])
print(next(it, "end"), next(it, "end"), next(it, None))
empty = iter([])
print(next(empty, 0))
e = iter("ab")
out = []
while True:
    c = next(e, None)
    if c is None:
        break
    out.append(c)
print(out)
print(next(iter(range(5, 10)), -1))
