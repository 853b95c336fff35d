# io.StringIO: wrong argument types
import io

for init in [b"bytes", 5, ["x"]]:
    try:
        io.StringIO(init)
    except TypeError as e:
        print("TypeError", e)
s = io.StringIO()
for v in [b"b", 1, None]:
    try:
        s.write(v)
    except TypeError as e:
        print("TypeError", e)
try:
    s.read("3")
except TypeError:
    print("TypeError read")
try:
    s.readline(1.5)
except TypeError:
    print("TypeError readline")
print(repr(s.getvalue()))
for nl in [None, "", "\n", "\r", "\r\n", "x", 5]:
    try:
        io.StringIO("a", nl)
        print(repr(nl), "ok")
    except (TypeError, ValueError) as e:
        print(repr(nl), type(e).__name__, e)
