# io.BytesIO: constructor from bytes-like objects, read, write, getvalue
import io

b = io.BytesIO()
print(b.getvalue(), b.read())
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read(0), b.read(100), b.read())
print(io.BytesIO(bytearray(b"xyz")).read(), io.BytesIO(b"").read())
b = io.BytesIO(b"hello")
b.write(b"J")
print(b.getvalue())
b.seek(8)
b.write(b"!")
print(b.getvalue())
b = io.BytesIO(b"l1\nl2\n\nl3")
print(b.readline(), b.readline(1), b.readline(), b.readlines())
b.seek(0)
print(list(b))
for bad in ["str", 3]:
    try:
        io.BytesIO(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    b.write("str")
except TypeError as e:
    print("TypeError", e)
print(io.BytesIO(initial_bytes=b"kw").getvalue())
