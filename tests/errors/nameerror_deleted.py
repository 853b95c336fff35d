# NameError after a name was deleted, and for names bound only in other functions.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
def f():
    inner_only = 5
f()
try:
    print(inner_only)
except NameError as e:
    print(type(e).__name__, e)
def g():
    return later_global
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
later_global = "now defined"
print(g())
