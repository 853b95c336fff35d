import json
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))
print(json.dumps({-7: 1, 10**30: 2, 1e100: 3, float("inf"): 4}))
for bad in [{(1, 2): 3}, {frozenset(): 1}, {b"x": 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({(1, 2): 3, "a": 4, b"x": 5}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({"a": 1, (1,): 2, "b": 3}, skipkeys=True, indent=1))
