import json
values = [None, True, False, 0, -1, 2**64, 1.5, -0.0, 1e-300, "", "a\u00e9\U0001F600\n\x00",
          [], {}, [1, [2, [3, {"x": [None]}]]], {"k": {"l": {"m": "n"}}},
          {"a": 1, "b": [1.25, "s", True]}, list(range(50)), {str(i): i for i in range(30)}]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(back == v, json.dumps(back) == s)
    for kw in ({"indent": 2}, {"separators": (",", ":")}, {"sort_keys": True}, {"ensure_ascii": False}):
        print(json.loads(json.dumps(v, **kw)) == v, end=" ")
    print()
print(json.loads(json.dumps((1, (2, 3)))))
print(json.loads(json.dumps({1: 2, None: 3})))
