# Equal strings hash alike and find the same dict entry (hash values are never printed).
a = "hello"
b = "hel" + "lo"
print(a == b, hash(a) == hash(b))
c = "".join(["h", "e", "l", "l", "o"])
print(a == c, hash(a) == hash(c))
d = {a: 1}
print(d[b], d[c], c in d)
e = "é漢"
f = "é" + "漢"
print(e == f, hash(e) == hash(f), {e: "found"}[f])
print("" == str(), hash("") == hash(str()))
