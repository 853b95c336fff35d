# memoryviews of arrays: typed items, writes through the view, casts to bytes and back.
import array
a = array.array('i', [1, 2, 3, 4])
v = memoryview(a)
v[0] = -7
v[1:3] = memoryview(array.array('i', [20, 30]))
print(a, v.tolist(), v[::2].tolist(), v[::-1].tolist())
b = v.cast('B')
b[0] = 0
print(len(b), b.nbytes == v.nbytes, b.cast('i').tolist())
d = memoryview(array.array('d', [0.5, -1.25]))
d[1] = 3
print(d.tolist(), d.format, d.itemsize)
for bad in (1.5, 'x', 2 ** 31):
    try:
        v[0] = bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    v[0:2] = b'12345678'
except Exception as e:
    print(type(e).__name__, e)
u = memoryview(array.array('B', [1, 2]))
u[0:2] = b'\x09\x08'
print(u.tolist(), u.format)
