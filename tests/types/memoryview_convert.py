# tobytes, tolist, hex (with separators), bytes(), bytearray(), list() of memoryviews.
import array
v = memoryview(b'\x00\x01\xfe\xff\x10')
print(v.tobytes(), v.tobytes('C'), v.tobytes(order='A'), v.tolist(), v.hex(), v.hex(':'), v.hex(b'-', 2))
print(v.hex(' ', -2), v[::-1].hex(), v[1:3].hex('|'))
print(bytes(v), bytearray(v), list(v), tuple(v[::2]), bytes(v[::-2]), bytearray(v[::2]))
a = memoryview(array.array('h', [1, -1, 256]))
print(a.tolist(), a.tobytes() == array.array('h', [1, -1, 256]).tobytes(), len(a.hex()))
try:
    v.tobytes('X')
except ValueError as e:
    print('ValueError', e)
for bad in (1, 'ab', ''):
    try:
        v.hex(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(b'x'.join([v[:2], memoryview(b'!')]), b'%b' % v[:2] if hasattr(bytes, '__mod__') else '')
