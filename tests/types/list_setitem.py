# Replacing list items by index.
a = [0] * 5
for i in range(5):
    a[i] = i * i
print(a)
a[-1] = "last"
a[0] = None
print(a)
a[2] = a
print(len(a[2]), a[2] is a)
b = ["x"]
b[0] = b[0] * 3
print(b)
c = [1, 2, 3]
c[1], c[2] = c[2], c[1]
print(c)
