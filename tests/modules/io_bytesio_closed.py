# io.BytesIO: closed stream errors and the context manager
import io

with io.BytesIO(b"abc") as b:
    print(b.closed, b.read(1))
print(b.closed)
for name, args in [("read", ()), ("write", (b"x",)), ("getvalue", ()), ("seek", (0,)),
                   ("tell", ()), ("readline", ()), ("truncate", ()), ("flush", ())]:
    try:
        getattr(b, name)(*args)
        print(name, "ok")
    except ValueError as e:
        print(name, "ValueError", e)
b.close()
print("closed twice")
try:
    with b:
        pass
except ValueError as e:
    print("with ValueError", e)
