# Set displays of constants iterate in CPython's order (the compiler folds them
# into a frozenset constant first), including colliding and negative hashes.
print({-1, -2, 7})
print({40, 32, 8})
print({5, 13, 21, 29, 37})
print({100, 36, 4, 68, 132, 1})
print({-8, 8, 0, -16, 16, 24})
print({3, 11, 19, 27, 35, 43, 51, 59})
a = {7, 15, 23}
a.add(31)
print(a)
print([x for x in {64, 0, 128, 192}])
