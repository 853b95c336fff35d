# setdefault inserts the default only when the key is missing.
d = {"a": 1}
print(d.setdefault("a", 100), d)
print(d.setdefault("b", 2), d)
print(d.setdefault("c"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
e = {}
lst = e.setdefault("k", [])
lst.append(1)
print(e)
