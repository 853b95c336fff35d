import array
a = array.array('i', [1, 2, 3])
it = iter(a)
print(next(it), next(it), next(it), next(it, 'end'), next(it, 'end'))
print(list(a), tuple(a), [x * 2 for x in a], sorted(array.array('d', [3.5, 1.0])))
print(max(a), min(a), sum(a), list(reversed(a)), list(enumerate(array.array('b', [4]))))
b = array.array('i', [1])
out = []
for x in b:
    out.append(x)
    if x < 5:
        b.append(x + 1)
print(out)
print(dict(zip('abc', a)), set(array.array('B', [1, 1, 2])) == {1, 2})
print(list(array.array('f', [0.25, 0.1])))
