import struct
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, 258, -1)
print(buf)
struct.pack_into('<b', buf, -1, 9)
print(buf)
print(struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf), struct.unpack_from('<b', buf, offset=9))
print(struct.unpack_from('<b', b'\x01\x02\x03', -2))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(struct.iter_unpack('>bb', b'')))
it = struct.iter_unpack('<B', b'ab')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('stop')
print(struct.unpack('<I', memoryview(b'\x01\x02\x03\x04')))
