import json
v = {"a": [1, 2, {"b": None}], "c": "d"}
print(json.dumps(v, separators=(",", ":")))
print(json.dumps(v, separators=(", ", ": ")))
print(json.dumps(v, separators=(" ; ", " = ")))
print(json.dumps(v, separators=["", ""]))
print(json.dumps([], separators=(",", ":")), json.dumps({}, separators=(",", ":")))
for bad in [(",",), (",", ":", "x"), 5]:
    try:
        json.dumps(v, separators=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
