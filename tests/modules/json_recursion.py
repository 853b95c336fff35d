# Deep nesting raises RecursionError (or ValueError), never crashes.
import json
for opener, closer in (("[", "]"), ('{"a":', "}")):
    s = opener * 200000 + "1" + closer * 200000
    try:
        json.loads(s)
        print("parsed")
    except (RecursionError, ValueError):
        print("deep input refused")
x = 1
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
    print("dumped")
except (RecursionError, ValueError):
    print("deep value refused")
x = None
d = None
for i in range(100000):
    d = {"k": d}
try:
    json.dumps(d, sort_keys=True)
    print("dumped")
except (RecursionError, ValueError):
    print("deep dict refused")
# Moderate nesting works.
v = json.loads("[" * 50 + "]" * 50)
n = 0
while v:
    v = v[0]
    n += 1
print(n, json.dumps(json.loads("[" * 50 + "]" * 50)) == "[" * 50 + "]" * 50)
