# Traceback through a generator, a comprehension, a lambda, a method, a class body
# and a multi-line call: each frame's line and function name as CPython prints them.
def gen(items):
    for x in items:
        yield 10 // x

class Holder:
    def total(self, items):
        return sum(
            [v for v in gen(items)]
        )

apply = lambda f, arg: f(arg)

def run():
    h = Holder()
    print(apply(h.total, [1, 2]))
    return apply(h.total, [5, 0])

class Outer:
    value = run()
