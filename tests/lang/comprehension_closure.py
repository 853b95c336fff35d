# Functions created in a comprehension close over the comprehension's variable.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in gs])
def make(n):
    return [lambda x: x + n for _ in range(2)]
print([f(1) for f in make(5)])
base = 100
print([base + i for i in range(3)])
def inner_uses_outer():
    k = 7
    return [k * i for i in range(3)]
print(inner_uses_outer())
