# del on single list items.
a = list("abcdef")
del a[0]
print(a)
del a[-1]
print(a)
del a[2]
print(a)
while a:
    del a[0]
print(a)
b = [[1, 2], [3, 4]]
del b[1][0]
print(b)
try:
    del b[5]
except IndexError as e:
    print("IndexError", e)
