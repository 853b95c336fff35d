# Adding/deleting while iterating dicts and sets: RuntimeError, containers intact.
d = {i: i for i in range(10)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(10)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
s = set(range(10))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
for k in d:
    d[k] = 5
print(d)
l = [1, 2, 3]
for x in l:
    if len(l) < 6:
        l.append(x)
print(l)
print("alive")
