# text files: universal newlines on reading, newline= on reading and writing
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_newline.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/n.txt"
with open(name, "wb") as f:
    f.write(b"dos\r\nmac\runix\n\r\nend\r")
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    print(repr(f.read(4)), repr(f.readline()), repr(f.read(1)))
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", newline="\r") as f:
    print(f.write("x\ny"))
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", newline="\n") as f:
    f.write("p\nq")
with open(name, "rb") as f:
    print(f.read())
for bad in ["x", "\n\n"]:
    try:
        open(name, newline=bad)
    except ValueError as e:
        print("ValueError", e)
try:
    open(name, "rb", newline="")
except ValueError as e:
    print("ValueError", e)
try:
    open(name, newline=3)
except TypeError as e:
    print("TypeError", e)

rmtree(D)
print(D in os.listdir("."))
