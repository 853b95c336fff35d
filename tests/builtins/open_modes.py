# open() modes: x, a, w+, r+, a+ and the checks of the mode string
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_modes.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/m"
with open(name, "x") as f:
    f.write("abc")
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open(name, "r+") as f:
    print(repr(f.read(1)))
    f.seek(1)
    f.write("Z")
    f.seek(0)
    print(repr(f.read()))
with open(name, "w+") as f:
    print(repr(f.read()))
    f.write("new")
    f.seek(0)
    print(repr(f.read()))
with open(name, "a+") as f:
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
with open(name, "a") as f:
    print(f.tell() >= 0)
for mode in ["", "rw", "rr", "q", "rbt", "b", "+", "wa", "r+b+", "R"]:
    try:
        open(name, mode)
        print(mode, "opened")
    except ValueError as e:
        print(repr(mode), "ValueError", e)
try:
    open(name, 1)
except TypeError as e:
    print("TypeError", e)
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
for mode in ["r", "w", "a", "r+", "rb", "wb", "x+"]:
    if mode.startswith("x"):
        os.remove(name)
    with open(name, mode) as f:
        print(mode, f.readable(), f.writable(), f.seekable())

rmtree(D)
print(D in os.listdir("."))
