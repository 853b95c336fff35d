# Lambdas capture variables by reference; default arguments capture by value.
late = [lambda: i for i in range(3)]
print([f() for f in late])
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])
def make_adders():
    out = []
    for n in range(3):
        out.append(lambda x, n=n: x + n)
    return out
print([f(10) for f in make_adders()])
y = 1
g = lambda: y
y = 2
print(g())
