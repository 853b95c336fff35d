# memoryview equality compares items (by value, per format) with views and other buffers.
b = bytearray(b'abcd')
v = memoryview(b)
print(v == b'abcd', v == b, v == bytearray(b'abcd'), b'abcd' == v, v != b'abce')
print(v[:2] == v[:2], v[::2] == b'ac', v[::-1] == b'dcba', v == v.cast('h'))
print(v.cast('h') == v.cast('h'), v.cast('b') == v, v.cast('c') == v)
print(v == 'abcd', v == [97, 98, 99, 100], v == None, v == 1)
f = memoryview(bytearray(8)).cast('d')
print(f == f, f == memoryview(bytes(8)).cast('d'))
import array
print(memoryview(array.array('i', [1, 2])) == memoryview(array.array('i', [1, 2])))
print(memoryview(array.array('i', [1, 2])) == memoryview(array.array('h', [1, 2])))
print(memoryview(array.array('B', [1, 2])) == b'\x01\x02')
