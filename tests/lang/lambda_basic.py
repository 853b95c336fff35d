# lambda expressions.
sq = lambda x: x * x
print(sq(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a: a)(1, 2))
print((lambda **k: k)(x=1))
print((lambda a, *, b: a - b)(10, b=3))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
nested = lambda x: lambda y: x * y
print(nested(3)(4))
print((lambda x: (x, x))(7))
