# Errors raised by list operations, with CPython's messages.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
check(lambda: l[3])
check(lambda: l[-4])
check(lambda: l["a"])
check(lambda: l[1.0])
check(lambda: [].pop())
check(lambda: [1].pop(5))
check(lambda: [1].pop(-2))
check(lambda: [1].pop("a"))
check(lambda: [1].remove(3))
check(lambda: [1].index(3))
check(lambda: [1].index("a"))
check(lambda: [1, 2].index(1, 1))
check(lambda: [1].index(1, None))
check(lambda: l + (1,))
check(lambda: l + 1)
check(lambda: l * "a")
check(lambda: l * [2])
check(lambda: l * 2.0)
check(lambda: l < (1,))
check(lambda: l > 1)
check(lambda: list(1))
check(lambda: list(1, 2))
check(lambda: list(x=1))
check(lambda: hash([]))
check(lambda: {[1]: 2})
check(lambda: [1].sort(1))
check(lambda: [1].sort(foo=1))
check(lambda: [2, 1].sort(key=1))
check(lambda: [1, "a"].sort())
check(lambda: [0] * (10 ** 12))
def iadd():
    x = [1]
    x += 1
check(iadd)
check(lambda: l[::0])
check(lambda: l["a":])
check(lambda: l[:1.5])
