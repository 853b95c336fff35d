# MicroPython's json API: ujson is the same module, and separators may be
# given positionally (dumps(obj, separators=None), dump(obj, stream, separators=None)).
import json
import ujson

print(ujson is json)
print(ujson.dumps([1, {"a": 2}], (",", ":")))
print(json.dumps({"k": [1, 2]}, (", ", ": ")))


class Sink:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


s = Sink()
json.dump({"x": None}, s, (",", ":"))
print(s.text)
print(ujson.loads('{"b": [true, false]}'))
