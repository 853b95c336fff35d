# Floats equal to ints hash alike and act as the same dict key (hash values are never printed).
print(hash(2.0) == hash(2), hash(0.5) == hash(0.5))
print(hash(1e100) == hash(int(1e100)))
print(hash(-3.0) == hash(-3))
d = {}
d[1.5] = "a"
d[2.0] = "b"
d[2] = "c"
print(d)
print(d[2.0], 1.5 in d, 3.0 in d)
print({0.0: "zero"}[-0.0])
