# Iterating a dict yields its keys in order.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k)
print([k for k in d])
print([d[k] * 2 for k in d])
print(sorted(d), sorted(d, key=lambda k: d[k]))
keys = []
for k in {}:
    keys.append(k)
print(keys)
print(list(enumerate(d)))
