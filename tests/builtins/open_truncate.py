# files: truncate with a size or at the position
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_truncate.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/t.txt"
with open(name, "w") as f:
    f.write("0123456789")
    print(f.truncate(4), f.tell())
    f.seek(2)
    print(f.truncate())
with open(name) as f:
    print(repr(f.read()))
with open(name, "rb+") as f:
    print(f.truncate(6))
    print(f.read())
print(os.stat(name)[6])
with open(name) as f:
    try:
        f.truncate(0)
    except OSError:
        print("OSError truncate on read-only")

rmtree(D)
print(D in os.listdir("."))
