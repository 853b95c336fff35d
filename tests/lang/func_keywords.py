# Keyword arguments in any order, mixed with positional ones.
def f(a, b, c):
    return f"a={a} b={b} c={c}"
print(f(1, 2, 3))
print(f(c=3, b=2, a=1))
print(f(1, c=3, b=2))
print(f(1, 2, c=3))
def g(x, y=0, z=0):
    return x + y * 10 + z * 100
print(g(1, z=5))
print(g(z=1, x=2))
print(g(x=1, y=2, z=3))
