# Membership in ranges.
r = range(0, 20, 3)
print(0 in r, 3 in r, 4 in r, 18 in r, 20 in r, 21 in r, -3 in r)
d = range(10, 0, -2)
print(10 in d, 2 in d, 0 in d, 5 in d)
print(5 in range(5), 4 in range(5), -1 in range(5))
print(3.0 in range(5), 3.5 in range(5), True in range(2))
print(10 ** 19 in range(0, 10 ** 20, 10), 10 ** 19 + 1 in range(0, 10 ** 20, 10))
print("1" in range(3))
