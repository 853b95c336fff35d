# slice objects: construction, attributes, repr, indices() and comparison.
s = slice(5)
print(s, s.start, s.stop, s.step, repr(slice(1, 2)), slice(1, 2, 3), slice("a", None, [1]))
print(slice(None, None, -1).indices(5), slice(1, 2).indices(10), slice(-3, None).indices(10))
print(slice(-100, 100).indices(5), slice(100, -100, -1).indices(5), slice(None, None, 2).indices(0))
print(slice(2, 8, 3).indices(6), slice(8, 2, -3).indices(10), slice(None, -1).indices(3))
print(slice(10 ** 20).indices(3), slice(-10 ** 20, None).indices(4), slice(None, None, -10 ** 20).indices(4)[:2])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1) < slice(2), slice(1, 2, 3) == (1, 2, 3))
l = list(range(10))
print(l[slice(2, 5)], l[slice(None, None, -2)], "abcdef"[slice(1, None, 2)], (1, 2, 3)[slice(-2, None)])
class Idx:
    def __index__(self):
        return 2
print(l[Idx():], l[:Idx()], l[::Idx()], slice(Idx()).indices(5))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: slice())
check(lambda: slice(1, 2, 3, 4))
check(lambda: slice(1, x=2))
check(lambda: slice(1, 2).indices(-1))
check(lambda: slice(1, 2).indices("a"))
check(lambda: slice(None, None, 0).indices(3))
check(lambda: slice("a").indices(3))
check(lambda: hash(slice(1)))
check(lambda: l[1:2.5])
