# os.getcwd and os.chdir: relative paths follow the current directory
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_os_getcwd_chdir.tmp"

rmtree(D)
os.mkdir(D)
start = os.getcwd()
print(type(start).__name__, start.startswith(os.sep), os.sep)
os.chdir(D)
here = os.getcwd()
print(here == start + os.sep + D)
with open("inside", "w") as f:
    f.write("x")
os.mkdir("sub")
os.chdir("sub")
print(os.getcwd() == here + os.sep + "sub", os.listdir())
os.chdir("..")
print(sorted(os.listdir()))
os.chdir(start)
print(os.getcwd() == start, sorted(os.listdir(D)))
try:
    os.chdir(D + "/inside")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.chdir(D + "/none")
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.getcwd() == start)

rmtree(D)
print(D in os.listdir("."))
