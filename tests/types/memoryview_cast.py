# memoryview.cast to the native one-character formats and back; its error cases.
b = bytearray(range(16))
v = memoryview(b)
for f in ('B', 'b', 'c', '?', 'h', 'H', 'i', 'I', 'q', 'Q', 'f', 'd', '@B', '@i'):
    c = v.cast(f)
    print(f, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.strides, c[0], c[-1])
print(v.cast('i').cast('B').tolist() == list(range(16)))
print(v.cast('h', [8]).tolist())
for args in (('x',), ('ll',), ('<B',), ('=i',), (1,), ('h', [3]), ('h', [8, 2]), ('h', [0]), ('B', 16)):
    try:
        print(v.cast(*args).tolist())
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: v[::2].cast('B'), lambda: v.cast('h').cast('i'), lambda: v[:3].cast('h'),
          lambda: v.cast('f').cast('d')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
