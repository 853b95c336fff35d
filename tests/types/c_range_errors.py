# Errors raised by range operations, with CPython's messages.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: range())
check(lambda: range(1, 2, 3, 4))
check(lambda: range(x=1))
check(lambda: range(1.0))
check(lambda: range("a"))
check(lambda: range(1, 2, 0))
check(lambda: range(3)[3])
check(lambda: range(3)[-4])
check(lambda: range(3)["a"])
check(lambda: range(3).index(5))
check(lambda: range(3).index("a"))
check(lambda: range(3)[::0])
check(lambda: range(3) < range(4))
check(lambda: range(3) + range(3))
def setitem():
    r = range(3)
    r[0] = 1
check(setitem)
