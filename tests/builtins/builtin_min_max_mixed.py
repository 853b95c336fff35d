# min and max across ints, floats and bools; the first of equal values wins.
print(max(1, True), max(True, 1), min(0, False), min(False, 0))
print(max(1, 1.0), max(1.0, 1), min(2.0, 2), min(2, 2.0))
print(max(-1, -1.5), min(2 ** 64, 1e19), max(2 ** 64, 1e19))
print(max([1, 2.5, 2]), min([3, 0.5, True]))
print(max(float("-inf"), -(10 ** 400)), min(float("inf"), 10 ** 400))
