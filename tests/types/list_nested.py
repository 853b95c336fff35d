# Lists of lists: building, reading and mutating.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
grid[0][2] = 1
print(grid)
for row in grid:
    print(row)
print(grid[1], grid[1][1])
t = [[1, 2], [3, 4]]
t[0].append(9)
print(t, len(t), len(t[0]))
flat = [x for row in t for x in row]
print(flat)
deep = [[[[]]]]
print(deep, len(deep[0][0]))
