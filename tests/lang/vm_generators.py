# Generators: yield, send, throw, close, yield from, return values, generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))

def echo():
    got = yield "ready"
    while True:
        got = yield "got %r" % (got,)
g = echo()
print(next(g), g.send(1), g.send("x"))

def with_return():
    yield 1
    return "result"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)

def delegator():
    r = yield from with_return()
    print("delegate got", r)
    yield from [10, 20]
    return r
print(list(delegator()))

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen", e)
            yield "handled"
g = catcher()
next(g)
print(g.throw(ValueError("bad")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)

def closer():
    try:
        yield 1
    finally:
        print("closing")
g = closer()
next(g)
g.close()
g.close()

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def stop_inside():
    raise StopIteration
    yield
try:
    next(stop_inside())
except RuntimeError as e:
    print(e)

try:
    count(2).send(5)
except TypeError as e:
    print(e)

ge = (x * x for x in range(5) if x % 2)
print(type(ge).__name__, list(ge), list(ge))
print(sum(x for x in range(10)))

def inner():
    v = yield "i1"
    print("inner received", v)
    return "inner done"
def outer():
    r = yield from inner()
    yield r
g = outer()
print(next(g))
print(g.send("hello"))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
it = iter(count(3))
print(it is iter(it), next(it))

def gen_exc_state():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        import sys
        yield 2
x = gen_exc_state()
print(next(x), next(x))
print([y for y in count(3)], {y: y for y in count(2)})
def throw_sub():
    try:
        yield from catcher()
    except KeyError:
        yield "outer caught"
t = throw_sub()
next(t)
print(t.throw(ValueError("v1")))
print(t.throw(KeyError("k1")))
