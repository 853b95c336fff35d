# Name resolution corner cases: class scopes, global in classes, nonlocal
# through methods, comprehension scopes, lambdas with defaults, del of cells.
x = "global x"
class A:
    print(x)
    x = "class x"
    print(x)
    def m(self):
        return x
    ys = [x for _ in range(1)]
    zs = [c for c in x[:2]]
print(A().m(), A.ys, A.zs)

class B:
    global gb
    gb = "set from class"
print(gb)

def outer():
    v = 1
    class C:
        def get(self):
            return v
        def set(self, n):
            nonlocal v
            v = n
    c = C()
    c.set(5)
    return c.get(), v
print(outer())

def comp_scopes():
    y = 10
    r = [y + i for i in range(3)]
    i = "outer i"
    s = [i for i in "ab"]
    return r, s, i
print(comp_scopes())

def lambdas():
    fs = [lambda k=k: k * 2 for k in range(3)]
    gs = [lambda: k for k in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(lambdas())

def del_cell():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return str(e)
print(del_cell())

def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))

def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2()
        l2()
    l1()
    return a
print(nested_nonlocal())

def class_name_in_method():
    class K:
        def me(self):
            return K.__name__
    return K().me()
print(class_name_in_method())

def arg_cell(a, b=2, *args, c=3, **kw):
    def f():
        return a, b, args, c, kw
    return f()
print(arg_cell(1, 5, 6, c=7, d=8))

def walrus_scopes():
    data = [1, 2, 3]
    if any((hit := v) > 1 for v in data):
        return hit
print(walrus_scopes())

def genexp_late():
    n = 1
    g = (n * i for i in range(3))
    n = 10
    return list(g)
print(genexp_late())
print([(lambda: i)() for i in range(3)])
def free_in_genexp_first_iter():
    items = [1, 2]
    return list(x for x in items)
print(free_in_genexp_first_iter())
