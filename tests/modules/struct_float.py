import struct
for v in (0.0, -0.0, 1.0, -1.5, 3.14159, 1e-40, 1e38, float('inf'), 65504.0, 0.000061035):
    print(struct.unpack('<f', struct.pack('<f', v)), struct.unpack('>e', struct.pack('>e', min(v, 65504.0))), struct.unpack('<d', struct.pack('<d', v)))
print(struct.pack('>f', 0.1), struct.pack('<e', 0.333), struct.pack('<e', 2.0 ** -24), struct.pack('<e', 2.0 ** -26))
print(struct.pack('<d', 10), struct.pack('<f', True))
