# files: seek and tell, mixed with reads and writes
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_seek_tell.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/s.txt"
with open(name, "w") as f:
    print(f.tell())
    f.write("0123456789")
    print(f.tell())
    print(f.seek(2), f.tell())
    f.write("AB")
    print(f.tell())
with open(name) as f:
    print(f.read(3), f.tell())
    print(f.readline(), f.tell())
    print(f.seek(0), f.read(1), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1))
with open(name, "r+") as f:
    print(f.read(4), f.tell())
    f.seek(f.tell())  # switching from reading to writing needs a seek
    f.write("__")
    print(f.tell())
    f.seek(0)
    print(f.read())
with open(name, "rb+") as f:
    print(f.seek(-2, 2), f.read(), f.seek(3), f.read(2), f.seek(-1, 1), f.read(1))
    print(f.seek(20), f.read(), f.tell())
    f.write(b"!")
with open(name, "rb") as f:
    print(f.read())
with open(name) as f:
    for args in [(1, 1), (-1, 2), (-1,), (0, 5)]:
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(args, type(e).__name__ if type(e) is ValueError else "OSError")

rmtree(D)
print(D in os.listdir("."))
