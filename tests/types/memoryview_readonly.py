# Read-only memoryviews (of bytes, or toreadonly()) refuse writes; hashing needs read-only.
v = memoryview(b'abc')
print(v.readonly, memoryview(bytearray(3)).readonly)
try:
    v[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    v[0:1] = b'x'
except TypeError as e:
    print('TypeError', e)
b = bytearray(b'xyz')
r = memoryview(b).toreadonly()
print(r.readonly, r.tobytes(), r[1:].readonly)
try:
    r[0] = 1
except TypeError as e:
    print('TypeError', e)
b[0] = 65
print(r.tobytes())
print(hash(v) == hash(b'abc'), hash(v[1:]) == hash(b'bc'), hash(memoryview(b'')) == hash(b''))
try:
    hash(memoryview(b))
except ValueError as e:
    print('ValueError', e)
try:
    hash(memoryview(b'abcd').cast('h'))
except ValueError as e:
    print('ValueError', e)
