# open() in text mode: write then read back
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_read_write.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/t.txt"
f = open(name, "w")
print(f.write("first line\n"), f.write("second\n"), f.write(""))
print(f.write("third"))
f.close()
f = open(name)
print(repr(f.read()))
f.close()
with open(name, "r") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.read(0)))
    print(repr(f.read()), repr(f.read()), repr(f.read(3)))
with open(name, "w") as f:
    f.write("replaced")
with open(name) as f:
    print(repr(f.read()))
with open(name, "a") as f:
    print(f.write(" more"))
with open(name) as f:
    print(repr(f.read()))
with open(file=name, mode="r", encoding="utf-8") as f:
    print(repr(f.read(3)))
with open(name, "rt") as f:
    print(repr(f.readline()), repr(f.read(-1)), repr(f.read(None)))

rmtree(D)
print(D in os.listdir("."))
