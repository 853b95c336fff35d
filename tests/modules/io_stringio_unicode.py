# io.StringIO: positions count characters, not bytes
import io

s = io.StringIO("héllo wörld ✓ 😀!")
print(repr(s.read(2)), s.tell())
print(repr(s.read(4)), s.tell())
s.seek(12)
print(repr(s.read(1)), s.tell(), repr(s.read(2)), s.tell())
s.seek(1)
s.write("É")
print(repr(s.getvalue()))
print(s.write("😀😀"), s.tell())
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()))
s = io.StringIO("ä\nö\n")
print(s.readlines(), len(io.StringIO("€€€").read(2)))
