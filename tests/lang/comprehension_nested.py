# Comprehensions with several for clauses, and comprehensions inside comprehensions.
print([(a, b) for a in range(3) for b in range(a)])
print([x for row in [[1, 2], [3], []] for x in row])
print([[i * j for j in range(4)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([a + b for a in "ab" for b in "xy" if a != "b" or b != "y"])
print([x for x in range(3) for y in range(3) if x == y])
