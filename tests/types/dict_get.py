# get returns the value or a default, never raising.
d = {"a": 1, "b": None}
print(d.get("a"), d.get("b"), d.get("z"))
print(d.get("z", "default"), d.get("a", "default"), d.get("b", "default"))
print({}.get(1), {}.get(1, 0))
print(d.get(("t",), []))
counts = {}
for c in "hello":
    counts[c] = counts.get(c, 0) + 1
print(counts)
