# io.StringIO: readline, readline(size), readlines(hint), iteration by lines
import io

s = io.StringIO("one\ntwo\n\nthree")
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()))

s = io.StringIO("abcdef\nxy\n")
print(repr(s.readline(3)), repr(s.readline(0)), repr(s.readline(100)))
print(repr(s.readline(-1)), repr(s.readline(None)))

s = io.StringIO("a\nbb\nccc\ndddd\n")
print(s.readlines())
s.seek(0)
print(s.readlines(3))
print(s.readlines(0))
s.seek(0)
print(list(s))
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))
print(io.StringIO("").readlines(), list(io.StringIO("")))
print(io.StringIO("no newline").readlines())
s = io.StringIO("x\ny\n")
print(next(s), next(s), end="")
try:
    next(s)
except StopIteration:
    print("StopIteration")
