# Unary plus, minus and inversion on ints, floats and bools.
x = 5
print(-x, +x, ~x)
print(--x, -(-x), ~~x)
print(-0, +0, ~0)
print(-2.5, +2.5, -(-2.5))
print(-0.0)
print(-True, +True, ~True)
print(-False, ~False)
big = 2 ** 70
print(-big, ~big, -(-big))
print(~-big)
print(not x, not 0)
