# Overwriting keeps a key's position; deleting and re-adding moves it to the end.
d = {"a": 1, "b": 2, "c": 3}
d["a"] = 100
print(d)
d.pop("a")
d["a"] = 1
print(d)
d.update(b=20)
print(d)
e = {1: "int"}
e[1.0] = "float"
print(e)
e[True] = "bool"
print(e)
