# Global and builtin lookups stay correct while globals change: shadowing a
# builtin after use, deleting the shadow, stores to other globals in loops,
# the same code run with different globals, and dict surgery on globals().
def use_len(x):
    return len(x)

print(use_len("abc"))
len = lambda x: "shadow"
print(use_len("abc"))
del len
print(use_len("abc"))

counter = 0
def read_counter():
    return counter
seen = []
for i in range(5):
    counter = i * 10
    seen.append(read_counter())
print(seen)

def probe():
    return abs(-3), max(1, 2)
print(probe())
g = globals()
g["abs"] = lambda x: "patched abs"
print(probe())
g.pop("abs")
print(probe())

code = compile("result = value * 2 + len('xy')", "<string>", "exec")
for v in (1, 2, 3):
    ns = {"value": v}
    exec(code, ns)
    print(ns["result"])
ns = {"value": 1, "len": lambda s: 100}
exec(code, ns)
print(ns["result"])

import builtins
def uses_missing():
    return missing_name
try:
    uses_missing()
except NameError as e:
    print(e)
builtins.missing_name = "from builtins"
print(uses_missing())
missing_name = "from globals"
print(uses_missing())
del missing_name
print(uses_missing())
del builtins.missing_name
try:
    uses_missing()
except NameError as e:
    print(e)

def f_sorted():
    return sorted([3, 1, 2])
print(f_sorted())
tmp_names = {}
for k in range(40):
    globals()["filler%d" % k] = k
print(f_sorted(), filler39)
