# Functions with many parameters and arguments.
def f(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p):
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]
print(f(*range(16)))
print(f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, p=15))
def g(*args):
    return len(args), sum(args)
print(g(*range(300)))
def h(**kw):
    return len(kw)
print(h(**{"k" + str(i): i for i in range(100)}))
