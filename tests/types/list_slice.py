# Slicing lists makes new lists.
a = [0, 1, 2, 3, 4, 5, 6, 7]
print(a[2:5], a[:3], a[5:], a[-3:], a[:-3])
print(a[5:2], a[10:], a[-100:2], a[3:100])
b = a[:]
b.append(99)
print(a, b, a == b[:-1])
print(a[::2], a[1::3], a[::-1], a[6:1:-2])
print([][1:2], [1][5:])
print(a[-1:-4:-1], a[::-3])
