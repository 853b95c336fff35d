# io.StringIO: truncate with and without a size, position unchanged
import io

s = io.StringIO("hello world")
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(100), repr(s.getvalue()))
s.seek(10)
print(s.truncate(1), repr(s.getvalue()), s.tell())
s.write("Z")
print(repr(s.getvalue()))
try:
    s.truncate(-1)
except ValueError as e:
    print("ValueError", e)
print(s.truncate(0), repr(s.getvalue()))
