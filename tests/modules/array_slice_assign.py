import array
b = array.array('h', range(10))
b[2:5] = array.array('h', [100, 200])
print(b)
b[1:1] = array.array('h', [7, 7, 7])
print(b)
b[::2] = array.array('h', [9] * len(b[::2]))
print(b)
b[len(b):] = array.array('h', [1, 2])
print(b)
b[:] = array.array('h')
print(b)
c = array.array('i', [1, 2, 3])
c[1:2] = c
print(c)
c[::-1] = array.array('i', range(len(c)))
print(c)
for val in ([1, 2], array.array('d', [1.0]), (1,), 5):
    try:
        c[0:1] = val
    except TypeError as e:
        print("TypeError", e)
try:
    c[::2] = array.array('i', [1])
except ValueError as e:
    print("ValueError", e)
print(c)
