# os.stat: indexes and names of the fields that CPython and MicroPython share
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_os_stat.tmp"

rmtree(D)
os.mkdir(D)
with open(D + "/f", "w") as f:
    f.write("12345")
st = os.stat(D + "/f")
print(len(st), st[6], st.st_size, st[6] == st.st_size)
print(st[0] & 0o170000 == 0o100000, st.st_mode == st[0])
ds = os.stat(D)
print(ds[0] & 0o170000 == 0o040000)
print(st[8] == int(st.st_mtime), type(st[8]).__name__, type(st.st_mtime).__name__)
print(st[7] > 1000000000, st[9] > 1000000000)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, nlink, ino == st.st_ino)
print(os.stat(D + "/f") == os.stat(D + "/f"))
print(os.stat(D.encode() + b"/f")[6])
with open(D + "/empty", "w"):
    pass
print(os.stat(D + "/empty")[6])
try:
    os.stat(D + "/nope")
except OSError as e:
    print(type(e).__name__, e.errno, e.args)

rmtree(D)
print(D in os.listdir("."))
