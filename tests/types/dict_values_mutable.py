# Values can be any object and are shared, not copied.
shared = []
d = {"x": shared, "y": shared}
d["x"].append(1)
print(d)
d["y"] = d["y"] + [2]
print(d, shared)
counters = {"a": 0}
counters["a"] += 5
counters["a"] -= 1
print(counters)
fns = {"double": lambda n: n * 2}
print(fns["double"](21))
