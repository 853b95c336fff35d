# Functions are values: stored, passed and returned.
def square(x):
    return x * x
def twice(f, x):
    return f(f(x))
print(twice(square, 3))
ops = {"sq": square, "neg": lambda x: -x}
print(ops["sq"](4), ops["neg"](4))
funcs = [square, abs, str]
print([f(-3) for f in funcs])
def compose(f, g):
    return lambda x: f(g(x))
h = compose(str, square)
print(repr(h(5)))
alias = square
print(alias(9), alias is square)
print(square.__name__, alias.__name__)
