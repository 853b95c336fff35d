# Errors raised by dict operations, with CPython's messages.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 2}
check(lambda: d[3])
check(lambda: d["k"])
check(lambda: d[(1, 2)])
check(lambda: d[[1]])
check(lambda: {}.get([]))
check(lambda: [] in d)
check(lambda: {}.pop(1))
check(lambda: {}.pop("x"))
check(lambda: {}.popitem())
check(lambda: dict(1))
check(lambda: dict([1]))
check(lambda: dict([(1,)]))
check(lambda: dict([(1, 2, 3)]))
check(lambda: dict([(1, 2), "abc"]))
check(lambda: dict({}, {}))
check(lambda: {}.update({}, {}))
check(lambda: {}.update(1))
check(lambda: {} | 1)
check(lambda: {} | [(1, 2)])
check(lambda: {} < {})
check(lambda: hash({}))
check(lambda: {}.fromkeys(1))
def delitem():
    x = {1: 2}
    del x[3]
check(delitem)
def ior():
    x = {}
    x |= 1
check(ior)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(repr(e), e.args)
