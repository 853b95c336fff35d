# popitem removes and returns the last inserted pair.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
d["z"] = 26
print(d.popitem(), d)
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
e = {i: i * i for i in range(5)}
while e:
    print(e.popitem())
