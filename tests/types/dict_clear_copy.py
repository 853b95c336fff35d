# clear empties in place; copy is shallow.
d = {"a": [1], "b": 2}
c = d.copy()
c["b"] = 20
c["a"].append(2)
print(d, c)
alias = d
d.clear()
print(d, alias, c)
print({}.copy(), len(c.copy()))
e = dict(c)
print(e == c, e is c)
