# Decorators: names, attributes, calls and arbitrary expressions (PEP 614).
def deco(tag):
    def wrap(f):
        def inner(*a):
            return tag + ":" + str(f(*a))
        return inner
    return wrap

def plain(f):
    return f

class NS:
    pass

ns = NS()
ns.d = deco
decos = [deco("list")]

@plain
def a():
    return "a"

@deco("one")
@deco("two")
def b(x):
    return x

@ns.d("attr")
def c():
    return "c"

@decos[0]
def d():
    return "d"

@(lambda f: deco("lam")(f))
def e():
    return "e"

@plain
class K:
    def m(self):
        return "m"

print(a(), b(1), c(), d(), e(), K().m())

@deco("x") if True else plain
def g():
    return "g"

print(g())

class P:
    @staticmethod
    def s():
        return "static"

    @classmethod
    def cm(cls):
        return cls.__name__

    @property
    def prop(self):
        return "prop"

print(P.s(), P.cm(), P().prop)
