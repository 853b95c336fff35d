# Iterating over a string yields one-character strings.
for c in "abc":
    print(c)
print(list("héllo"))
print([ord(c) for c in "漢字😀"])
print(tuple("xy"))
n = 0
for c in "":
    n += 1
print(n)
print([c * 2 for c in "ab"])
print(sorted("python"))
