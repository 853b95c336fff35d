import json
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
b = [1]
c = {"x": b}
b.append(c)
try:
    json.dumps([b])
except ValueError as e:
    print("ValueError", e)
# The same object twice, not nested, is fine.
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
# Without the check, a cycle recurses until the interpreter's limit.
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print("RecursionError")
print(json.dumps([shared, [shared]], check_circular=False))
