# min over several arguments or one iterable.
print(min(3, 1, 2), min([3, 1, 2]), min((5,)))
print(min("hello"), min(["b", "a", "c"]))
print(min(1, 1.0), min(1.0, 1), min(2, 1.5))
print(min([[2], [1, 5], [1]]))
print(min(range(5, 10)), min(-(2 ** 70), 0))
print(min([x * x - 4 * x for x in range(5)]))
print(min([True, False, 0]))
print(min("b", "a"), min(("z", "y")))
