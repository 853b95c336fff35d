import json
d = {"b": 1, "a": 2, "c": {"z": 1, "y": [{"q": 1, "p": 2}]}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, sort_keys=False))
print(json.dumps({3: "a", 1: "b", 2: "c"}, sort_keys=True))
print(json.dumps(d, sort_keys=True, indent=1))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError:
    print("TypeError mixed keys")
