# del on names, list items, slices and dict keys.
x = 5
del x
try:
    print(x)
except NameError:
    print("x is gone")
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
a = list(range(10))
del a[::2]
print(a)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
p, q = 1, 2
del p, q
b = [1, 2, 3]
del b[:]
print(b)
