# Lists with thousands of items.
a = list(range(10000))
print(len(a), a[0], a[-1], a[5000])
print(sum(a))
b = [x * 2 for x in a if x % 7 == 0]
print(len(b), b[-1])
a.reverse()
print(a[:3])
a.sort()
print(a[:3])
c = a[::1000]
print(c)
del a[::2]
print(len(a), a[:3])
