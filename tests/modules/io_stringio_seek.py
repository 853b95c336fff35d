# io.StringIO: seek and tell, whence, past the end, errors
import io

s = io.StringIO("0123456789")
print(s.tell(), s.seek(3), s.tell(), s.read(2), s.tell())
print(s.seek(0, 2), s.tell(), repr(s.read()))
print(s.seek(0, 1), s.seek(0, 0))
print(s.seek(20), repr(s.read()), s.tell())
s.write("!")
print(repr(s.getvalue()), s.tell())
for args in [(-1,), (1, 1), (2, 2), (0, 3), (0, -1)]:
    try:
        s.seek(*args)
        print("ok", args)
    except (ValueError, OSError) as e:
        print(args, type(e).__name__, e)
try:
    s.seek("a")
except TypeError:
    print("TypeError")
