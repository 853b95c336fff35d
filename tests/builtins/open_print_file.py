# print(..., file=f) and writelines on a real file
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_print_file.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/p.txt"
with open(name, "w") as f:
    print("hello", 42, file=f)
    print("a", "b", sep=",", end=";\n", file=f)
    print(file=f)
    f.writelines(["x\n", "y\n"])
    print([1, 2], {"k": None}, file=f, flush=True)
with open(name) as f:
    print(repr(f.read()))

rmtree(D)
print(D in os.listdir("."))
