# Errors raised by set operations, with CPython's messages.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: set(1))
check(lambda: set(1, 2))
check(lambda: set(x=1))
check(lambda: frozenset(1, 2))
check(lambda: set().pop())
check(lambda: {1}.remove(2))
check(lambda: {1}.remove((1, 2)))
check(lambda: {1}.remove([1]))
check(lambda: {1}.add([1]))
check(lambda: {[1]})
check(lambda: [1] in {1})
check(lambda: {1} | [2])
check(lambda: {1} & "a")
check(lambda: {1} < [1])
check(lambda: set("a").union(1))
check(lambda: hash({1}))
check(lambda: {1}.issubset(3))
def ior():
    s = {1}
    s |= [2]
check(ior)
def mutate():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
check(mutate)
def mutate2():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
check(mutate2)
try:
    {1}.remove(5)
except KeyError as e:
    print(repr(e), e.args)
