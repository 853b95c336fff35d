# list() from the built-in iterables.
print(list(), list([]), list([1, 2]))
print(list("abc"), list("é漢"))
print(list((1, 2)), list(range(4)))
print(list({"a": 1, "b": 2}))
print(list({"a": 1}.items()))
print(list(map(abs, [-1, -2])))
print(list(b"AB"))
a = [1, 2]
b = list(a)
print(b == a, b is a)
