# text files are UTF-8: read(n) counts characters, write returns characters
import os
import sys

if sys.platform == "rpi":
    print("SKIP no filesystem on the board yet")
    raise SystemExit

from _scratch import rmtree

D = "_open_unicode.tmp"

rmtree(D)
os.mkdir(D)
name = D + "/u.txt"
text = "héllo\nwörld ✓\n😀 end\n"
with open(name, "w", encoding="utf-8") as f:
    print(f.write(text))
with open(name, "rb") as f:
    raw = f.read()
print(len(raw), raw == text.encode())
with open(name, encoding="utf-8") as f:
    print(repr(f.read(2)), repr(f.read(5)), repr(f.readline()), repr(f.read(3)))
with open(name, encoding="utf-8") as f:
    print(f.readlines())
with open(name, "wb") as f:
    f.write(b"ok\xff\xfe bad\n")
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError:
    print("UnicodeDecodeError")
with open(name, "w", encoding="latin-1") as f:
    f.write("café")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.read())

rmtree(D)
print(D in os.listdir("."))
