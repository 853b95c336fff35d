# io.StringIO: constructor, read, write, getvalue
import io

s = io.StringIO()
print(repr(s.getvalue()), repr(s.read()))
print(s.write("hello"), s.write(""), s.write(" world"))
print(repr(s.getvalue()), repr(s.read()))
s.seek(0)
print(repr(s.read(5)), repr(s.read(1)), repr(s.read()))
print(repr(s.read(10)))

s = io.StringIO("abc")
print(repr(s.read(0)), repr(s.read(-1)), repr(s.read(None)))
s = io.StringIO("abc")
s.write("X")  # overwrites at position 0
print(repr(s.getvalue()), repr(s.read()))
s.write("YZW")
print(repr(s.getvalue()), s.tell())

s = io.StringIO(None)
print(repr(s.getvalue()))
s = io.StringIO(initial_value="kw")
print(repr(s.read()))
s = io.StringIO("line1\nline2\n")
print(s.readable(), s.writable(), s.seekable())
s.writelines(["a", "b", "c"])
print(repr(s.getvalue()))
