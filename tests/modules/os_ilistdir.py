# os.ilistdir (MicroPython only): an iterator of (name, type, inode[, size]) tuples
# where type is 0x4000 for a directory and 0x8000 for a regular file
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

D = "_os_ilistdir.tmp"
try:
    for n in os.listdir(D):
        os.remove(D + "/" + n)
    os.rmdir(D)
except OSError:
    pass
os.mkdir(D)
with open(D + "/file.txt", "w") as f:
    f.write("abc")
os.mkdir(D + "/sub")
print(list(os.ilistdir(D + "/sub")))
it = os.ilistdir(D)
print(it is iter(it))
entries = sorted(it)
for e in entries:
    print(e[0], hex(e[1]), len(e) in (3, 4), type(e[2]).__name__)
print(sorted(e[0] for e in os.ilistdir(D.encode())))
os.chdir(D)
print(sorted(e[0] for e in os.ilistdir()))
os.chdir("..")
try:
    os.ilistdir(D + "/missing")
except OSError as e:
    print("OSError", e.errno)
os.rmdir(D + "/sub")
os.remove(D + "/file.txt")
os.rmdir(D)
print(D in os.listdir("."))
