# struct.Struct: a compiled format with the module's functions as methods.
import struct
s = struct.Struct("<hI2s")
print(s.format, s.size)
b = s.pack(-2, 70000, b"ok")
print(b, s.unpack(b))
buf = bytearray(12)
s.pack_into(buf, 2, 5, 6, b"xy")
print(buf, s.unpack_from(buf, 2), s.unpack_from(buffer=buf, offset=2))
print(list(struct.Struct(">H").iter_unpack(b"\x00\x01\x00\x02")))
t = struct.Struct(format=b">d")
print(t.format, t.size, t.unpack(t.pack(1.5)))
print(isinstance(s, struct.Struct), type(s).__name__)
for bad in [lambda: s.unpack(b"short"), lambda: s.pack(1, 2), lambda: struct.Struct("z"),
            lambda: struct.Struct(5), lambda: s.pack_into(bytearray(3), 0, 1, 2, b"ab")]:
    try:
        bad()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
try:
    s.size = 3
except AttributeError:
    print("AttributeError")
