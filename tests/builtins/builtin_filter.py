# filter keeps items for which the function is true; None means truthiness.
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(filter(str.isdigit, ["1", "a", "22", ""])))
print(list(filter(lambda x: x > 100, [1, 2])))
print(list(filter(None, [])))
f = filter(lambda c: c != "l", "hello")
print("".join(f))
print(list(filter(lambda t: t[1], [("a", 0), ("b", 1)])))
