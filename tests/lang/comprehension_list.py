# List comprehensions with conditions.
print([x for x in range(5)])
print([x * x for x in range(10) if x % 2 == 0])
print([c.upper() for c in "abc"])
print([x for x in []])
print([x for x in range(20) if x % 2 if x % 3])
print([(i, c) for i, c in enumerate("xy")])
print([len(w) for w in "the quick brown fox".split()])
print([n for n in [3, -1, 4, -1, 5] if n > 0])
words = ["a", "bb", "ccc"]
print([w * 2 for w in words if len(w) > 1])
