# Subscripts and slices, including tuples of slices and starred indexes.
a = list(range(10))
print(a[2], a[-1], a[2:5], a[:3], a[7:], a[::2], a[::-1], a[1:8:3], a[:])
print(a[-3:], a[:-7], a[slice(1, 3)])
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1])
print(s[1:2])
print(s[1:2:3])
print(s[:, 1])
print(s[1, 2])
print(s[::2, :])
print(s[...])
print(s[1:2, ..., None])
print(s[()])
print(s[(1, 2)])
print(s[x := 3], x)
print(s[*[1, 2]])
b = a[:]
b[1:3] = ["x"]
print(b)
del b[::2]
print(b)
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
