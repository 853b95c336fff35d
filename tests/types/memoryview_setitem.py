# Writing through a memoryview of a bytearray: items, slices, extended slices, errors.
b = bytearray(b'abcdefgh')
v = memoryview(b)
v[0] = 65
v[-1] = 0x48
print(b)
v[1:3] = b'XY'
v[::2] = b'1234'
print(b)
v[::-1][:2] = bytearray(b'!?')
print(b)
v[2:5] = memoryview(b'xyz')
v[5:8] = v[0:3]
print(b)
for idx, val in ((0, 256), (0, -1), (0, 'a'), (0, 1.0), (0, b'a'), (9, 1)):
    try:
        v[idx] = val
    except Exception as e:
        print(type(e).__name__, e)
for sl, val in ((slice(0, 2), b'abc'), (slice(0, 2), 'ab'), (slice(0, 2), [1, 2]), (slice(0, 4, 2), b'a')):
    try:
        v[sl] = val
    except Exception as e:
        print(type(e).__name__, e)
try:
    del v[0]
except TypeError as e:
    print('TypeError', e)
try:
    del v[0:2]
except TypeError as e:
    print('TypeError', e)
print(b)
