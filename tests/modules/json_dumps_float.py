import json
for f in [0.5, 2.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 1/3, 2/3, 100.0, 1e15,
          1e16, 123456789.123, -1e-10, float("inf"), float("-inf"), float("nan")]:
    print(json.dumps(f), json.dumps([f]), json.dumps({"k": f}))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError:
    print("ValueError nan")
try:
    json.dumps([1, float("inf")], allow_nan=False)
except ValueError:
    print("ValueError inf")
print(json.dumps(1.5, allow_nan=False))
