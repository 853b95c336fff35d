# Closures see the latest value of the captured variable.
def make_funcs():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return funcs
print([f() for f in make_funcs()])
def f():
    x = 1
    def g():
        return x
    x = 2
    r1 = g()
    x = 3
    return r1, g()
print(f())
