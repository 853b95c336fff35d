# Nested loops: break and continue act on the innermost loop only.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i, j, end="; ")
    print()
pairs = []
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        pairs.append((a, b))
print(pairs)
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in table:
    for cell in row:
        print(cell, end=" ")
    print()
