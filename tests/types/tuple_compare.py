# Tuples compare lexicographically.
print((1, 2) == (1, 2), (1, 2) != (1, 3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((2,) > (1, 9), (1, "a") < (1, "b"))
print((1, 2) == [1, 2])
print(sorted([(2, "a"), (1, "z"), (1, "a"), (0,)]))
print(max([(1, 2), (1, 3), (0, 9)]))
print((1, (2, 3)) < (1, (2, 4)))
