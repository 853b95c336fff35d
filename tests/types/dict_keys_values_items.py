# keys, values and items views.
d = {"x": 1, "y": 2, "z": 3}
print(d.keys())
print(d.values())
print(d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "x" in d.keys(), 2 in d.values(), ("y", 2) in d.items())
k = d.keys()
d["w"] = 0
print(list(k))
print({}.keys(), {}.items())
for key, value in d.items():
    print(key, value)
print(sorted(d.values()))
