# Dicts growing to thousands of keys, then shrinking.
d = {}
for i in range(5000):
    d[i] = i * 2
print(len(d), d[0], d[4999], d.get(5000))
s = {}
for i in range(2000):
    s["key" + str(i)] = i
print(len(s), s["key1999"], "key2000" in s)
for i in range(0, 5000, 2):
    del d[i]
print(len(d), d[1], 2 in d)
print(list(d)[:5])
total = 0
for k in s:
    total += s[k]
print(total)
