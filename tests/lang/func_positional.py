# Calls with positional arguments.
def add(a, b):
    return a + b
print(add(1, 2))
print(add("a", "b"))
print(add([1], [2]))
def three(a, b, c):
    return [a, b, c]
print(three(1, 2, 3))
def none():
    return "no args"
print(none())
def one(x):
    return x * 2
print(one(21), one("ab"))
print(add(add(1, 2), add(3, 4)))
