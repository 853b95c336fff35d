# Indexing lists, positive and negative.
a = [10, 20, 30, 40]
print(a[0], a[3], a[-1], a[-4])
print(a[1] + a[-2])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
mixed = [1, "two", 3.0, None, [5]]
for i in range(-5, 5):
    print(i, mixed[i])
print([1][0], [[]][0])
print(a[True], a[False])
