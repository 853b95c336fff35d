# Huge integer literals in source and int() of long digit strings (4300-digit limit).
import sys
code = compile("x = 1" + "0" * 4000, "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["x"] == 10 ** 4000)
try:
    int("9" * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:40])
print(int("9" * 4300) % 1000)
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__)
print(int("0x" + "f" * 5000, 16) % 7)
print(len(hex(10 ** 5000)))
print("alive")
