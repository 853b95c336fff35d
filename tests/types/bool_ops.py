# Logical and bitwise operators on bools.
for a in [False, True]:
    for b in [False, True]:
        print(a, b, a and b, a or b, a & b, a | b, a ^ b)
print(not False, not True, ~True, ~False)
print(type(True & False).__name__, type(True + False).__name__)
print(True & 3, True | 2, False ^ 5)
