# Captures follow the usual scope rules: locals, globals, cells, class bodies.
def outer(v):
    match v:
        case [a, b]:
            def inner():
                return a + b
            return inner()
print(outer([1, 2]))

def make():
    match 10:
        case n:
            pass
    return lambda: n
print(make()())

def use_global(v):
    global G
    match v:
        case {"g": G}:
            pass
use_global({"g": "global set"})
print(G)

def nonlocal_capture():
    x = 0
    def setter(v):
        nonlocal x
        match v:
            case (x, _):
                pass
    setter((5, 6))
    return x
print(nonlocal_capture())

class C:
    match (1, 2):
        case (first, second):
            pass
    total = first + second
print(C.first, C.second, C.total)

# A comprehension variable used in a case.
print([m for v in [(1, 2), (3,), [4, 5]] for m in [v] if True])
def f(xs):
    return [y for x in xs for y in [x] if isinstance(y, tuple)]
print(f([(1,), 2]))
