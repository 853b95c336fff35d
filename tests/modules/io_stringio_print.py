# print(..., file=f) writes through f.write: StringIO and a user class
import io

s = io.StringIO()
print("a", 1, 2.5, None, [1, "x"], file=s)
print(file=s)
print("x", "y", sep="-", end="!\n", file=s)
print("no newline", end="", file=s)
print(repr(s.getvalue()))

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)

r = Recorder()
print("p", "q", sep=":", file=r)
print(r.parts)
print("flushed", file=s, flush=True)
print(s.getvalue().splitlines()[-1])
