# Closures: cells for parameters and locals, nonlocal, several levels, class scopes skipped.
def make_counter(start):
    def inc(step=1):
        nonlocal start
        start += step
        return start
    return inc

c = make_counter(10)
print(c(), c(5), c())

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    r = middle()
    x = 2
    return r

print(outer()())

def param_cell(a, b):
    def get():
        return a + b
    a = a * 10
    return get

print(param_cell(1, 2)())

x = "global"
class A:
    x = "class"
    def f(self):
        return x
    y = [x for _ in range(2)]
print(A().f(), A.y)

def class_in_func():
    v = "enclosing"
    class B:
        w = v
        def m(self):
            return v
    return B.w, B().m()
print(class_in_func())

def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())

def unbound_free():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
unbound_free()

def unbound_local():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 1
unbound_local()

def deleted_cell():
    y = 5
    def g():
        return y
    del y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()

def shared():
    n = 0
    def a():
        nonlocal n
        n += 1
    def b():
        return n
    a(); a()
    return b()
print(shared())
print(c.__closure__ is not None, outer.__closure__)
