# sum with and without a start value.
print(sum([]), sum([1, 2, 3]), sum((4, 5)), sum(range(101)))
print(sum([1, 2], 10), sum([], 5), sum([0.5, 0.25]))
print(sum([1, 2.5]), sum([True, True, True]))
print(sum([2 ** 64, 2 ** 64]), sum([-(2 ** 100), 2 ** 100]))
print(sum([[1], [2, 3]], []))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(sum({"a": 1, "b": 2}.values()))
print(sum(range(10), start=100))
