# files: name, mode, closed, and operations after close
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_closed.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/c.txt"
f = open(name, "w")
print(f.name == name, f.mode, f.closed)
f.write("abc")
f.close()
print(f.closed)
f.close()
for meth, args in [("read", ()), ("write", ("x",)), ("readline", ()), ("seek", (0,)),
                   ("tell", ()), ("flush", ()), ("readlines", ())]:
    try:
        getattr(f, meth)(*args)
        print(meth, "ok")
    except ValueError as e:
        print(meth, "ValueError", e)
try:
    for line in f:
        pass
except ValueError as e:
    print("iter ValueError", e)
try:
    with f:
        pass
except ValueError as e:
    print("with ValueError", e)
with open(name, "rb") as g:
    print(g.mode, g.name == name, g.closed)
print(g.closed)
with open(name) as h:
    print(h.read())
    try:
        h.write("no")
    except OSError as e:
        print("OSError write on read-only")
with open(name, "a") as h:
    try:
        h.read()
    except OSError as e:
        print("OSError read on write-only")

rmtree(D)
print(D in os.listdir("."))
