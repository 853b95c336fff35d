# Dict comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x: 0 for x in []})
print({c: ord(c) for c in "héllo"})
print({x % 3: x for x in range(10)})
print({str(i): [i] * i for i in range(4) if i})
