# memoryview slices are views (zero-copy): they see later changes to the exporter.
b = bytearray(b'0123456789')
v = memoryview(b)
s = v[2:8:2]
print(s.tolist(), s.nbytes, len(s), s.strides, s.contiguous)
b[2] = ord('X'); b[6] = ord('Y')
print(s.tobytes(), bytes(s), s.obj is b)
print(v[::-1].tobytes(), v[::-3].tobytes(), v[-3:].tobytes(), v[5:2].tobytes(), v[100:].tobytes())
print(v[1:9][1:7][::2].tobytes(), v[::2][::2].tolist(), v[::-2][1:3].tobytes())
print(list(v[7:2:-2]), [x for x in v[:3]])
