# io.BytesIO.readinto fills a writable buffer
import io

b = io.BytesIO(b"abcdefgh")
buf = bytearray(3)
print(b.readinto(buf), buf)
print(b.readinto(buf), buf)
print(b.readinto(buf), buf)
print(b.readinto(buf), buf)
big = bytearray(4)
b.seek(6)
print(b.readinto(big), big)
try:
    b.readinto(b"immutable")
except TypeError:
    print("TypeError")
