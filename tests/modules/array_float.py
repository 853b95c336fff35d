import array
f = array.array('d', [1.5, -2.25, 1e300, float('inf')])
print(f, f.itemsize, f.typecode)
g = array.array('f', [0.1, 1.5, 3.4e38, 1e300, -1e300, 1e-50, 16777217])
print(g, g.itemsize)
n = array.array('d', [float('nan')])
print(n[0] != n[0])
print(array.array('d', [1, True, 2**53]))
print(array.array('d', array.array('i', [1, 2])))
for bad in ('1.5', None, [1.0], 1j):
    try:
        array.array('d', [bad])
    except TypeError as e:
        print("TypeError", e)
try:
    array.array('d', [10**400])
except OverflowError as e:
    print("OverflowError", e)
x = array.array('f')
x.append(2.5)
x[0] = 0.75
print(x, x[0])
