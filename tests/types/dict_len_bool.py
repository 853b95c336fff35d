# len and truth value of dicts.
d = {}
print(len(d), bool(d))
d["a"] = 1
print(len(d), bool(d))
d["a"] = 2
print(len(d))
d["b"] = 3
print(len(d))
del d["a"]
print(len(d))
d.clear()
print(len(d), bool(d), not d)
