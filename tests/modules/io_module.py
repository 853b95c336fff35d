# The io module's names: open is the built-in, SEEK_* constants, exception and base classes
import io

print(io.open is open, io.__name__)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError))
print(isinstance(io.StringIO(), io.StringIO), isinstance(io.BytesIO(), io.BytesIO))
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
print(isinstance(io.IOBase, type))
b = io.BytesIO(b"0123")
print(b.seek(1, io.SEEK_SET), b.seek(1, io.SEEK_CUR), b.seek(-1, io.SEEK_END))
try:
    raise io.UnsupportedOperation("not readable")
except OSError as e:
    print(type(e).__name__, e)


class Stream(io.IOBase):
    def __init__(self, tag):
        self.tag = tag


s = Stream("t")
print(isinstance(s, io.IOBase), s.tag, issubclass(Stream, io.IOBase))
