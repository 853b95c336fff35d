# files as context managers: closed on exit, even after an exception
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_with.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/w.txt"
with open(name, "w") as f:
    r = f.write("data")
print(f.closed, r)
try:
    with open(name) as f:
        print(f.read())
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, f.closed)
with open(name) as a, open(name, "rb") as b:
    print(a.read(2), b.read(2))
print(a.closed, b.closed)
f = open(name)
print(f.__enter__() is f, f.__exit__(None, None, None), f.closed)


def reader():
    with open(name) as f:
        return f.read(), f


data, f = reader()
print(data, f.closed)

rmtree(D)
print(D in os.listdir("."))
