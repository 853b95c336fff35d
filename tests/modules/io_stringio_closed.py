# io.StringIO: close, closed, operations afterwards, context manager
import io

s = io.StringIO("data")
print(s.closed)
s.close()
print(s.closed)
s.close()  # closing twice is fine
for name, args in [("read", ()), ("readline", ()), ("write", ("x",)), ("getvalue", ()),
                   ("seek", (0,)), ("tell", ()), ("truncate", ()), ("readlines", ())]:
    try:
        getattr(s, name)(*args)
        print(name, "ok")
    except ValueError as e:
        print(name, "ValueError", e)
try:
    iter(s)
except ValueError as e:
    print("iter ValueError", e)

with io.StringIO("abc") as f:
    print(f.closed, f.read())
print(f.closed)
try:
    with f:
        pass
except ValueError as e:
    print("with ValueError", e)
with io.StringIO() as g:
    r = g.__enter__()
    print(r is g)
