# Deep generator delegation chains raise RecursionError instead of crashing.
def chain(n):
    if n == 0:
        yield 1
    else:
        yield from chain(n - 1)
try:
    print(list(chain(100000)))
except RecursionError as e:
    print("RecursionError")
def g():
    yield from g()
try:
    next(g())
except RecursionError:
    print("RecursionError 2")
