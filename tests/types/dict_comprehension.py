# Dict comprehensions with filters and computed keys.
print({i: i * i for i in range(6) if i % 2 == 0})
print({s: len(s) for s in ["a", "bb", "ccc"]})
print({k.upper(): v for k, v in {"a": 1, "b": 2}.items()})
print({i % 3: i for i in range(10)})
print({(i, j): i + j for i in range(2) for j in range(2)})
print({x: None for x in ""})
words = "one two three two one".split()
print({w: words.count(w) for w in words})
