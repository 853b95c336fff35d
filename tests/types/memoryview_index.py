# memoryview indexing: positive, negative, one-element tuples, and the errors CPython gives.
v = memoryview(b'abcdefgh')
print(v[0], v[7], v[-1], v[-8], v[(3,)], len(v))
for k in (8, -9, 'a', 1.0, (1, 2), (), 2**70, -2**70, None):
    try:
        print(v[k])
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(b'')[0:5].tolist(), len(memoryview(b'')))
