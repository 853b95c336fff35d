# Functions defined inside functions.
def outer(x):
    def inner(y):
        return x + y
    return inner(10)
print(outer(5))
def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return add, mul
add, mul = make_ops()
print(add(2, 3), mul(2, 3))
def level1():
    def level2():
        def level3():
            return "deep"
        return level3()
    return level2()
print(level1())
def redefine(flag):
    if flag:
        def g():
            return "first"
    else:
        def g():
            return "second"
    return g()
print(redefine(True), redefine(False))
