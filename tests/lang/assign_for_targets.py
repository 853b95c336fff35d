# for loops accept unpacking targets, like assignment.
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for i, (x, y) in enumerate(["ab", "cd"]):
    print(i, x, y)
for k, v in {"p": 1, "q": 2}.items():
    print(k, v)
for first, *rest in ["abc", "d"]:
    print(first, rest)
for x, in [(1,), (2,)]:
    print(x)
