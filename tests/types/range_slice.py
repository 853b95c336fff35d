# Slicing a range gives a range.
r = range(0, 20, 2)
print(r[2:5], r[::2], r[::-1], r[-3:])
print(list(r[2:5]), list(r[::-3]))
print(range(10)[3:100], range(10)[5:2])
print(range(10, 0, -1)[::2])
print(list(range(10)[::-1]) == list(reversed(range(10))))
