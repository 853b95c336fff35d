# del removes a key; the rest keep their order.
d = {k: i for i, k in enumerate("abcdef")}
del d["a"]
del d["d"]
print(d)
del d["f"]
print(d, len(d))
for k in list(d):
    del d[k]
print(d)
try:
    del d["gone"]
except KeyError as e:
    print("KeyError", e)
e = {1: 1, 2: 2}
del e[1.0]
print(e)
