# repr/str/== of data nested 100000 deep: RecursionError, then fine.
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError:
    print("RecursionError repr")
try:
    str(l)
except RecursionError:
    print("RecursionError str")
m = []
for i in range(100000):
    m = [m]
try:
    print(l == m)
except RecursionError:
    print("RecursionError eq")
d = {}
for i in range(100000):
    d = {"k": d}
try:
    repr(d)
except RecursionError:
    print("RecursionError dict")
del l, m, d
print(repr([[[]]]), "alive")
