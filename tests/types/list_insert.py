# insert at the front, middle, end, and out-of-range positions.
a = [1, 2, 3]
a.insert(0, "first")
print(a)
a.insert(2, "mid")
print(a)
a.insert(len(a), "last")
print(a)
a.insert(100, "far end")
print(a)
a.insert(-1, "before last")
print(a)
a.insert(-100, "far start")
print(a)
b = []
b.insert(0, 1)
b.insert(0, 2)
print(b)
