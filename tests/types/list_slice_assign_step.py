# Extended slice assignment needs an equal-length right side.
a = list(range(10))
a[::2] = ["e"] * 5
print(a)
a[1::2] = "ABCDE"
print(a)
a[::-1] = range(10)
print(a)
a[8:2:-3] = [None, None]
print(a)
b = [1, 2, 3]
b[::1] = [9, 9, 9, 9]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError", e)
