# zip(*rows) transposes.
rows = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*rows)))
cols = list(zip(*rows))
print(list(zip(*cols)) == rows)
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(c) for c in zip(*matrix)])
print(list(zip(*[])))
print(list(zip(*["ab", "cd"])))
