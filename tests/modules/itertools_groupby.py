from itertools import groupby
print([(k, list(g)) for k, g in groupby('aabbbcaa')])
print([k for k, g in groupby([1, 1, 2, 3, 3])])
print([(k, list(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'cherry', 'cranberry'], key=lambda s: s[0])])
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 2, 3, 1, 3]))])
print(list(groupby([])))
groups = list(groupby('aabb'))
print([(k, list(g)) for k, g in groups])
