# f-strings: conversions, format specs (nested), expressions, escapes.
x = 42
s = "héllo"
print(f"{x}", f"{x!r}", f"{s!a}", f"{s!r}", f"{s!s}")
print(f"{x:5d}|{x:<5}|{x:>5}|{x:^5}|")
w = 8
print(f"{x:{w}}|{3.14159:.{2}f}|")
print(f"{'a' + 'b'}{x * 2}{[1, 2]}{ {1: 2} }")
print(f"{{literal}} {x}")
print(f"{None} {True} {1.5}")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P!"
print(f"{P():xyz} {P()!r}")
print(f"{x=}" if False else "skip")
name = "world"
print(f"hello {name}!", f"" == "", f"{name}" is not None)
