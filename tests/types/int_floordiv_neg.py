# Floor division rounds toward negative infinity.
for a in [7, -7, 6, -6, 0, 1, -1]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b)
print(2 ** 100 // 3, -(2 ** 100) // 3)
print(2 ** 100 // -7, -(2 ** 100) // -7)
print(10 ** 25 // 10 ** 20, -(10 ** 25) // 10 ** 20)
