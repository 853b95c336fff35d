# 1, 1.0 and True are the same key; the first key object is kept.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d, len(d))
e = {0: "zero", False: "false", 0.0: "float zero"}
print(e)
f = {2 ** 64: "big", 2.0 ** 64: "big float"}
print(f)
print({-1: 1}[-1.0], {0.5: "half"}[0.5])
