# Closures across several levels of nesting, with nonlocal at each level.
def a():
    x = 1
    def b():
        nonlocal x
        x += 10
        def c():
            nonlocal x
            x += 100
            return x
        return c
    return b, lambda: x
b, read = a()
c = b()
print(read())
print(c(), read())
print(c(), read())
def outer():
    v = "outer"
    def middle():
        def inner():
            return v
        return inner
    return middle()()
print(outer())
