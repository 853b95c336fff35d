import json
class Source:
    def __init__(self, text):
        self.text = text
        self.calls = 0
    def read(self):
        self.calls += 1
        return self.text
src = Source('{"a": [1, 2, {"b": true}]}')
print(json.load(src), src.calls)
print(json.load(Source(b'[1.5]')))
try:
    json.load(Source('[1, '))
except ValueError:
    print("ValueError")
try:
    json.load(Source(5))
except TypeError:
    print("TypeError")
try:
    json.load(object())
except AttributeError:
    print("AttributeError")
