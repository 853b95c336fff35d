# Operations whose source is the array itself (or a view of it).
import array
a = array.array('i', [1, 2, 3])
try:
    a.frombytes(a)
except TypeError as e:
    print("TypeError", e)
a.frombytes(a.tobytes())
a.frombytes(a.tobytes())
print(a, len(a))
a.extend(a)
print(len(a), a[-1])
a[2:4] = a
print(len(a), a[:6])
a[::2] = a[::2]
a += a
print(len(a))
b = array.array('B', [1, 2])
for i in range(6):
    b.frombytes(bytes(b))
print(len(b), b[-1], b.count(1))
c = array.array('h', range(5))
c[1:] = c[:1]
print(c)
c[:0] = c
print(c)
d = array.array('d', [0.5])
d.extend(d.tobytes() and d)
print(d, array.array('d', d) == d)
