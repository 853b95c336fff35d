# os.mkdir and os.rmdir, with their errors
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_os_mkdir_rmdir.tmp"

rmtree(D)
os.mkdir(D)
os.mkdir(D + "/a")
os.mkdir(D + "/a/b")
print(sorted(os.listdir(D)), os.listdir(D + "/a"))
for path in [D + "/a", D + "/missing/x"]:
    try:
        os.mkdir(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    os.rmdir(D + "/a")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.rmdir(D + "/a/b")
os.rmdir(D + "/a")
print(os.listdir(D))
try:
    os.rmdir(D + "/a")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
open(D + "/file", "w").close()
try:
    os.rmdir(D + "/file")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.mkdir(D + "/m", 0o755)
print(sorted(os.listdir(D)))

rmtree(D)
print(D in os.listdir("."))
