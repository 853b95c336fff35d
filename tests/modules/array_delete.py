import array
b = array.array('i', range(12))
del b[0]
print(b)
del b[-1]
print(b)
del b[1:4]
print(b)
del b[::-2]
print(b)
c = array.array('i', range(12))
del c[10:1:-3]
print(c)
del c[::3]
print(c)
del c[100:]
del c[5:2]
print(c)
del c[:]
print(c, len(c))
try:
    del c[0]
except IndexError as e:
    print("IndexError", e)
