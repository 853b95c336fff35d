# os.remove, os.unlink and os.rename
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_os_remove_rename.tmp"

rmtree(D)
os.mkdir(D)
with open(D + "/one", "w") as f:
    f.write("1")
os.rename(D + "/one", D + "/two")
print(os.listdir(D))
with open(D + "/two") as f:
    print(f.read())
with open(D + "/three", "w") as f:
    f.write("3")
os.rename(D + "/three", D + "/two")  # replaces the target
with open(D + "/two") as f:
    print(os.listdir(D), f.read())
os.mkdir(D + "/dir")
os.rename(D + "/dir", D + "/dir2")
print(sorted(os.listdir(D)))
os.remove(D + "/two")
print(os.listdir(D))
try:
    os.remove(D + "/two")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(D + "/dir2")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.rename(D + "/nothing", D + "/else")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
open(D + "/u", "w").close()
os.unlink(D + "/u")
print(os.listdir(D))

rmtree(D)
print(D in os.listdir("."))
