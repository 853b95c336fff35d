import array
a = array.array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize)
print(array.array('i'), array.array('d', [1.5, -2.0]), array.array('b', (x for x in range(3))))
print(array.array('h', range(5)), array.array('B', b'\x00\xff'), array.array('B', bytearray(b'ab')))
print(repr(array.array('f', [0.5])), str(array.array('q', [-1])))
print(type(a).__name__, isinstance(a, array.array), array.ArrayType is array.array)
print(bool(a), bool(array.array('i')))
for tc in 'bBhHiIqQfd':
    x = array.array(tc, [1, 2, 3])
    print(tc, x.itemsize, x, sum(x), x.tolist())
