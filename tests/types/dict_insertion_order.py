# Dicts keep keys in insertion order.
d = {}
for k in ["zebra", "apple", "mango", "banana"]:
    d[k] = len(k)
print(d)
print(list(d), list(d.values()))
d["apple"] = 0
print(list(d))
del d["zebra"]
d["zebra"] = 1
print(list(d))
n = {}
for i in range(20, 0, -3):
    n[i] = i
print(list(n))
print({3: "c", 1: "a", 2: "b"})
