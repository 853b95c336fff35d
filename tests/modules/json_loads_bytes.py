import json
print(json.loads(b'[1, "a", {"b": null}]'))
print(json.loads(bytearray(b'{"x": 2.5}')))
print(json.loads('"caf\u00e9"'.encode("utf-8")) == "caf\u00e9")
print(json.loads(b'\xef\xbb\xbf[1]'))
try:
    json.loads(b'"\xff"')
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeDecodeError))
try:
    json.loads(b'')
except ValueError:
    print("ValueError empty")
