# append adds one item; extend adds each item of an iterable.
a = []
a.append(1)
a.append([2, 3])
print(a)
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
a.extend([])
print(a, len(a))
b = [1]
b.extend(b)
print(b)
c = [0]
c.append(c is None)
print(c)
print(a.append(9) is None)
big = []
for i in range(1000):
    big.append(i * i)
print(len(big), big[-1], big[500])
