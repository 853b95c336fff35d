# any and all, including their results on empty iterables.
print(any([]), all([]))
print(any([0, 0, 1]), all([1, 1, 0]))
print(any([0, "", None]), all([1, "a", [0]]))
print(any("abc"), all(""))
print(any([x > 3 for x in range(5)]), any([x > 9 for x in range(5)]))
print(all([x < 5 for x in range(5)]), all([x < 4 for x in range(5)]))
print(any({0: 1}), any({1: 0}))
print(any(range(0)), all(range(1, 10)), all(range(0, 10)))
