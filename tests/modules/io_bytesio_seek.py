# io.BytesIO: seek with every whence, clamping, truncate
import io

b = io.BytesIO(b"0123456789")
print(b.seek(4), b.read(2), b.tell())
print(b.seek(-3, 2), b.read())
print(b.seek(-2, 1), b.read())
print(b.seek(-100, 1), b.tell())
print(b.seek(-100, 2), b.tell())
print(b.seek(3, 2), b.read(), b.tell())
for args in [(-1,), (0, 3), (0, -1)]:
    try:
        b.seek(*args)
    except ValueError as e:
        print(args, "ValueError", e)
b.seek(4)
print(b.truncate(), b.getvalue(), b.tell())
print(b.truncate(2), b.getvalue(), b.tell())
print(b.truncate(50), b.getvalue())
try:
    b.truncate(-2)
except ValueError as e:
    print("ValueError", e)
