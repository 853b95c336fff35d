# sum adds left to right in floating point.
print(sum([0.1, 0.2, 0.3]))
print(sum([0.3, 0.2, 0.1]))
print(sum([1e16, 1, 1]), sum([1, 1, 1e16]))
print(sum([1.5] * 4), sum([], 0.0))
print(sum([1, 2, 3], 0.5))
print(sum([float("inf"), 1]), sum([-0.0]), sum([], -0.0))
