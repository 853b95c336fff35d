# Assorted statement forms: decorator order, defaults from closures, global/del,
# __class__ in nested functions, annotations, coroutines driven by hand.
def deco_order():
    log = []
    def d(name):
        log.append("eval " + name)
        def w(fn):
            log.append("apply " + name)
            return fn
        return w
    @d("a")
    @d("b")
    def target():
        pass
    return log
print(deco_order())
def outer(k=5):
    def inner(a, b=k * 2, *, c=k):
        return a, b, c
    return inner
print(outer()(1), outer(1)(0, c=3))
g = 10
def set_global():
    global g, newg
    g += 1
    newg = "made"
    del g
set_global()
print(newg, "g" in globals())
class A:
    def m(self):
        def inner():
            return __class__.__name__
        return inner()
print(A().m())
x: int = 5
y: "str"
print(x, __annotations__)
class Ann:
    a: int
    b: str = "s"
print(Ann.__annotations__, Ann.b)
def fann():
    z: int = 3
    return z
print(fann())
async def co(v):
    return v * 2
async def main():
    r = await co(21)
    return r
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("coroutine result", e.value)
print(type(co).__name__, type(c).__name__)
def kwonly_closure():
    n = 7
    def f(*, k=n):
        return k
    return f()
print(kwonly_closure())
print((lambda: (yield 1))().__next__())
def gen_with_return_in_try():
    try:
        yield 1
        return 2
    finally:
        print("gen finally")
print(list(gen_with_return_in_try()))
