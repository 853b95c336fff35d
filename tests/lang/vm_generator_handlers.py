# Generators suspended inside try/except/finally/with: the handled exception,
# close() and throw() at each point, and the caller's exception state.
import sys
def in_except():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler"
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

g = in_except()
print(next(g))
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
print(next(g), repr(sys.exc_info()[1]))

def in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
g = in_finally()
print(next(g))
print(g.throw(RuntimeError("t")))
try:
    next(g)
except RuntimeError as e:
    print("after finally:", e)

class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return exc[0] is KeyError
def in_with():
    with CM():
        yield 1
        yield 2
    yield "after with"
g = in_with()
next(g)
print(g.throw(KeyError("swallowed")))
g = in_with()
next(g)
g.close()
print("closed")

def counter():
    n = 0
    while True:
        try:
            got = yield n
        except ValueError:
            n = -100
            continue
        if got is not None:
            n = got
        n += 1
c = counter()
print(next(c), next(c), c.send(10), c.throw(ValueError), next(c))

def ret_in_finally():
    try:
        yield 1
    finally:
        return "ret"
g = ret_in_finally()
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)

def nested_yield_from():
    def inner():
        try:
            yield "a"
        except GeneratorExit:
            print("inner closed")
            raise
    yield from inner()
g = nested_yield_from()
next(g)
g.close()

def gen_raise_in_except():
    try:
        yield 1
    except Exception:
        raise TypeError("converted")
g = gen_raise_in_except()
next(g)
try:
    g.throw(ValueError("orig"))
except TypeError as e:
    print(e, type(e.__context__).__name__)
print(sys.exc_info()[0])
