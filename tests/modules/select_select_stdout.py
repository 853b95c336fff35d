# select.select: the console output is always writable; empty lists return at once.
import select
import sys

r, w, x = select.select([], [sys.stdout], [], 0)
print(r, w == [sys.stdout], x)
print(select.select([], [], [], 0))
r, w, x = select.select([], [sys.stdout, sys.stderr], [], 0.5)
print(len(w), w[0] is sys.stdout, w[1] is sys.stderr)
