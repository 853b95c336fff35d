import json
for v in [None, True, False, 0, 1, -1, 123456789, 2**70, -2**100, 0.0, -0.0, 1.5, 0.1,
          1e16, 1e-7, 123.456e300, 3.141592653589793, "", "abc", [], {}, (), [1, "a", None],
          (1, (2, 3)), {"a": 1}, {"a": [1, {"b": None}]}]:
    print(json.dumps(v))
print(json.dumps([[[]]]), json.dumps({"": {}}))
print(type(json.dumps(1)).__name__)
