# len of the built-in containers.
print(len(""), len("abc"), len("é漢"), len(b"ab"))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len({}.keys()))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))
print(len([None] * 1000), len("x" * 10000))
d = {"k": [1, 2, 3]}
print(len(d["k"]), len(d.items()), len(d.values()))
