import struct
print(struct.calcsize('bh'), struct.calcsize('bq'), struct.calcsize('hb'), struct.calcsize('bd'), struct.calcsize('ci'), struct.calcsize('b?h'))
print(struct.pack('bhi', 1, 2, 3), struct.unpack('bhi', struct.pack('bhi', -1, -2, -3)))
print(struct.pack('<bhi', 1, 2, 3), struct.pack('>bhi', 1, 2, 3), struct.pack('!H', 0x1234))
print(struct.pack('3b', 1, 2, 3), struct.unpack('2H', b'\x01\x00\x02\x00'), struct.calcsize('10x'))
