import json
v = {"a": [1, 2, {"b": None, "e": []}], "c": {}, "d": [[]]}
for ind in [0, 1, 2, 4, -1, "", "\t", "--"]:
    print(repr(json.dumps(v, indent=ind)))
print(json.dumps([1, [2, [3]]], indent=2))
print(json.dumps(v, indent=2, separators=(",", ":")))
print(json.dumps(5, indent=2), json.dumps([], indent=2), json.dumps("s", indent=2))
