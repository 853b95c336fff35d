# for over dicts yields keys; over items yields pairs; over strings yields characters.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for v in d.values():
    print(v)
for ch in "漢字é":
    print(ch)
for t in (("a", 1), ("b", 2)):
    print(t)
for b in b"AB":
    print(b)
