# sys.stdout/stderr/stdin as streams: write returns a count, .buffer takes bytes
import sys

print("text first")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"bytes line\n")
sys.stdout.buffer.flush()
print(n)
print(sys.stdout.write("abc\n"))
sys.stdout.flush()
print(sys.stdout.buffer.write(bytearray(b"xy\n")))
sys.stdout.buffer.flush()
print(hasattr(sys.stdin, "readline"), hasattr(sys.stdin.buffer, "read"))
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError", e)
print(sys.stderr.write(""), sys.stderr.buffer.write(b""))
