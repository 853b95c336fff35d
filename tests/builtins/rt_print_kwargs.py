# print(): sep, end, file (any object with write()), and their errors.
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print()
print(sep=None, end=None)
print("x", None, [1, "y"], sep=None)
s = Sink()
print("to", "sink", file=s)
print("second", file=s, end="")
print(repr("".join(s.parts)))
print("flushed", file=s, flush=True)
print(s.parts[-2:])
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=2)
except TypeError as e:
    print("TypeError", e)
