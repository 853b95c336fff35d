# OSError subclasses from os calls carry errno, strerror, filename and the CPython text
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_os_errors.tmp"

rmtree(D)
os.mkdir(D)
import errno

try:
    os.stat(D + "/missing")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e.strerror, e.filename == D + "/missing", e.args)
    print(str(e) == "[Errno 2] No such file or directory: '" + D + "/missing'")
    print(isinstance(e, OSError))
try:
    os.mkdir(D)
except FileExistsError as e:
    print(e.errno == errno.EEXIST, str(e) == "[Errno 17] File exists: '" + D + "'")
try:
    os.rename(D + "/a", D + "/b")
except OSError as e:
    print(str(e) == "[Errno 2] No such file or directory: '" + D + "/a' -> '" + D + "/b'")
    print(e.filename2 == D + "/b")
for bad in [None, 1.5, ["x"]]:
    try:
        os.stat(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.stat("a\0b")
except ValueError as e:
    print("ValueError", e)
try:
    os.mkdir(1.5)
except TypeError as e:
    print("TypeError", e)

rmtree(D)
print(D in os.listdir("."))
