import json
class C:
    pass
for bad in [object(), C(), {1, 2}, b"bytes", bytearray(b"x"), 1j, range(3), [1, C()], {"k": {2}}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps()
except TypeError:
    print("TypeError no args")
try:
    json.dumps(1, bogus=2)
except TypeError:
    print("TypeError bad keyword")
