import struct
print(struct.pack('<3sh', b'ab', 5), struct.unpack('<3sh', b'xyz\x05\x00'))
print(struct.pack('5p', b'hello world'), struct.unpack('5p', b'\x09hello'), struct.pack('1p', b'abc'), struct.pack('p', b''))
print(struct.pack('s', b''), struct.pack('2c', b'a', b'b'), struct.pack('<c', bytearray(b'z')))
print(struct.pack('256p', b'x' * 300)[:3], struct.calcsize('256p'))
