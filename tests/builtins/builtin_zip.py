# zip stops at the shortest iterable.
print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip([], [1])))
print(list(zip(range(3), range(3, 6), range(6, 9))))
print(dict(zip(["a", "b"], [1, 2])))
for a, b in zip("xy", [True, False]):
    print(a, b)
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
