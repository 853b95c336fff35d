# len of ranges with every kind of step.
print(len(range(0)), len(range(5)), len(range(2, 5)), len(range(5, 2)))
print(len(range(0, 10, 3)), len(range(0, 9, 3)), len(range(0, 11, 3)))
print(len(range(10, 0, -1)), len(range(10, 0, -3)), len(range(0, 10, -1)))
print(len(range(-5, 5)), len(range(-5, -10, -2)))
print(len(range(0, 2 ** 40)), len(range(2 ** 40, 0, -7)))
print(len(range(1, 2, 100)))
