# enumerate and zip combined in loops.
names = ["ann", "bob", "cy"]
ages = [31, 25]
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
for i, c in enumerate(reversed("abc"), 1):
    print(i, c)
print(list(zip(range(3), enumerate("xy"))))
print([i * v for i, v in enumerate([5, 5, 5])])
