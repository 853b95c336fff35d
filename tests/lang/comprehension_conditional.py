# Conditional expressions as the element of a comprehension.
print(["even" if x % 2 == 0 else "odd" for x in range(5)])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print({x: ("big" if x > 2 else "small") for x in range(5)})
print([(x if x else "zero") for x in range(3)])
print([y for x in range(6) if x % 2 for y in (x, -x)])
