import array
e = array.array('B', [10, 20, 30])
m = memoryview(e)
print(bytes(m), len(m), m[1], m.tolist())
m[0] = 99
print(e)
print(bytes(array.array('b', [-1, 1])))
print(bytearray(array.array('B', [1, 2])))
import struct
print(struct.unpack('<3B', array.array('B', [1, 2, 3])))
print(b'\x02' in bytes(array.array('B', [1, 2])))
