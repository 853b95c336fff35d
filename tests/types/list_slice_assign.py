# Assigning to a slice replaces it, possibly changing the length.
a = [0, 1, 2, 3, 4]
a[1:3] = ["a", "b"]
print(a)
a[1:3] = []
print(a)
a[1:1] = [7, 8, 9]
print(a)
a[:] = [1, 2]
print(a)
a[len(a):] = [3, 4]
print(a)
a[:0] = [-1]
print(a)
a[2:4] = "xyz"
print(a)
a[-2:] = range(3)
print(a)
b = a
b[:] = []
print(a, b is a)
