# os.listdir: names of files and directories, str or bytes
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_os_listdir.tmp"

rmtree(D)
os.mkdir(D)
print(os.listdir(D))
for n in ["b.txt", "a.txt", "c"]:
    open(D + "/" + n, "w").close()
os.mkdir(D + "/sub")
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D.encode())))
print(sorted(os.listdir(D + "/")))
print(os.listdir(D + "/sub"))
print("." in os.listdir(D), ".." in os.listdir(D))
print(D in os.listdir(), D in os.listdir("."))
try:
    os.listdir(D + "/missing")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == D + "/missing")
try:
    os.listdir(D + "/a.txt")
except OSError as e:
    print(type(e).__name__, e.errno)

rmtree(D)
print(D in os.listdir("."))
