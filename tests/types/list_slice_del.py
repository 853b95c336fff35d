# del on slices of lists.
a = list(range(10))
del a[2:4]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[100:]
print(a)
del a[::-2]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3]
del b[1:1]
print(b)
