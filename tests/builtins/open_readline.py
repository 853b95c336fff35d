# files: readline, readline(size), readlines, iteration by lines
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_readline.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/lines.txt"
with open(name, "w") as f:
    f.write("alpha\nbeta\n\ngamma\n" + "x" * 1500 + "\nend")
with open(name) as f:
    print(repr(f.readline()), repr(f.readline(2)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), len(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
with open(name) as f:
    lines = f.readlines()
print(len(lines), [len(x) for x in lines])
with open(name) as f:
    print([len(line) for line in f])
with open(name) as f:
    print(f.readlines(8))
with open(name) as f:
    print(next(f), end="")
    for line in f:
        if line.startswith("g"):
            break
    print(repr(f.readline()[:3]))
with open(name, "rb") as f:
    print(f.readline(), [len(x) for x in f])
with open(name, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(name) as f:
    print(list(f))

rmtree(D)
print(D in os.listdir("."))
