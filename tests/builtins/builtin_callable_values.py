# Built-in functions are values that can be stored and passed.
for f in [len, str, sorted, min, max, sum]:
    print(f.__name__, f([3, -1, 2]))
print(abs.__name__, abs(-1))
table = {"up": str.upper, "len": len}
print(table["up"]("abc"), table["len"]("abc"))
print(list(map(bool, [0, 1])), sorted(["b", "A"], key=str.lower))
g = max
print(g(4, 7), g is max)
