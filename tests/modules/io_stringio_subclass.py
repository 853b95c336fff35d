# Subclasses of io.StringIO keep the base methods and may override write
import io

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
u.write("abc")
print("def", file=u)
print(repr(u.getvalue()))

class Lines(io.StringIO):
    def count(self):
        return len(self.getvalue().splitlines())

l = Lines("a\nb\nc\n")
print(l.count(), l.readline(), isinstance(l, io.StringIO))
print([x for x in l])
with Lines("q") as m:
    print(m.read())
print(m.closed)
