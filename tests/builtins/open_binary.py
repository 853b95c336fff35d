# open() in binary mode: bytes in, bytes out
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_binary.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/b.bin"
data = bytes(range(256)) * 3
with open(name, "wb") as f:
    print(f.write(data), f.write(bytearray(b"\r\n\x00")), f.write(memoryview(b"end")))
with open(name, "rb") as f:
    got = f.read()
print(len(got), got[:5], got[-6:], got[:768] == data)
with open(name, "rb") as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(-3, 2)
    print(f.read(), f.read(), f.tell())
    f.seek(-5, 1)
    print(f.read(2))
with open(name, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
with open(name, "ab") as f:
    f.write(b"\nlast\n")
with open(name, "rb") as f:
    lines = f.readlines()
print(len(lines), lines[-1], type(lines[0]).__name__)
with open(name, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
with open(name, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)

rmtree(D)
print(D in os.listdir("."))
