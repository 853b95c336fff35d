# Assignment to subscripts of lists and dicts, including nested ones.
a = [0, 0, 0]
a[0] = 1
a[-1] = 3
print(a)
m = [[0, 0], [0, 0]]
m[1][0] = 5
print(m)
d = {}
d["k"] = "v"
d[1] = "one"
d[(1, 2)] = "pair"
print(d)
d["k"] = "new"
print(d)
n = {"inner": {}}
n["inner"]["x"] = [1]
n["inner"]["x"][0] += 10
print(n)
a[1] += 5
print(a)
