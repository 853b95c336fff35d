# Built-ins on memoryviews: len, bytes, bytearray, list, sorted, sum, max, iter, isinstance.
import array
v = memoryview(b'\x03\x01\x02')
print(len(v), bytes(v), bytearray(v), list(v), sorted(v), sum(v), max(v), min(v), list(reversed(v)))
print(tuple(iter(v)), [x for x in v[::-1]], 2 in v, 9 in v, v.count(1) if hasattr(v, 'count') else 1)
a = memoryview(array.array('h', [5, -3]))
print(len(a), list(a), sum(a), bytes(a) == array.array('h', [5, -3]).tobytes())
print(isinstance(v, memoryview), type(v) is memoryview, bool(v), bool(memoryview(b'')))
print(b'abc'.startswith(memoryview(b'ab')), b'xy' + memoryview(b'z'), bytearray(b'q') + memoryview(b'r'))
print(int.from_bytes(memoryview(b'\x01\x00'), 'little'), b'a:b'.split(memoryview(b':')))
print(str(memoryview(b'ab'), 'ascii'), memoryview(b'hi').tobytes().decode())
