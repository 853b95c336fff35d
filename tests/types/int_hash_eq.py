# Equal numbers hash equal, so they are the same dict key (hash values are never printed).
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 100) == hash(2 ** 100))
print(hash(2 ** 100) == hash(float(2 ** 100)))
print(hash(-1) == hash(-1.0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {2 ** 70: "big"}
print(d2[2 ** 70], (2 ** 70) in d2, 2.0 ** 70 in d2)
