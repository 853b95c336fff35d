# Equal tuples hash alike (hash values are never printed).
a = (1, "two", (3.0,))
b = (1, "two", (3,))
print(a == b, hash(a) == hash(b))
print(hash(()) == hash(tuple()))
print(hash((1, 2)) == hash(tuple([1, 2])))
d = {a: "found"}
print(d[b])
print({(1, 2): 1, (1, 2.0): 2})
print(len({(i, i): i for i in range(10)}))
