# Ranges counting down.
print(list(range(5, 0, -1)))
print(list(range(5, -1, -1)))
print(list(range(10, 0, -3)))
print(list(range(-1, -6, -2)))
print(list(range(0, 5, -1)))
print(list(range(3, 3, -1)))
print(list(range(100, 90, -4)))
print(sum(range(100, 0, -1)))
