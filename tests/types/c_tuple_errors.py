# Errors raised by tuple operations, with CPython's messages.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3)
check(lambda: t[3])
check(lambda: t[-4])
check(lambda: t["a"])
check(lambda: t[1.5])
check(lambda: t.index(9))
check(lambda: t + [4])
check(lambda: t + 1)
check(lambda: t * "a")
check(lambda: t * 1.5)
check(lambda: t < [1])
check(lambda: tuple(1))
check(lambda: tuple(1, 2))
check(lambda: tuple(x=1))
check(lambda: hash((1, [2])))
check(lambda: t[::0])
check(lambda: t["a":])
check(lambda: t.index(1, "a"))
def setitem():
    t[0] = 1
def delitem():
    del t[0]
check(setitem)
check(delitem)
