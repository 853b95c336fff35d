# open(): missing files, directories, bad arguments
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_errors.tmp"

rmtree(D)
os.mkdir(D)
try:
    open(D + "/missing.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == D + "/missing.txt", e.args)
    print(str(e) == "[Errno 2] No such file or directory: '" + D + "/missing.txt'")
try:
    open(D + "/no/such/dir.txt", "w")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(D)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno, e.strerror)
try:
    open(D, "w")
except OSError as e:
    print(type(e).__name__, e.errno)
for bad in [None, 1.5, [D]]:
    try:
        open(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    open("a\0b")
except ValueError as e:
    print("ValueError", e)
try:
    open()
except TypeError:
    print("TypeError no args")
try:
    open(D + "/x", "w", encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(os.listdir(D))

rmtree(D)
print(D in os.listdir("."))
