# None: its repr, truth value and comparisons.
x = None
print(x)
print(repr(x), str(x))
print(x is None, x == None, x != None)
print(not x, bool(x))
print([None, None])
print(type(None).__name__)
def f():
    pass
print(f() is None)
print(None == 0, None == "", None == [])
d = {None: "none key"}
print(d[None])
