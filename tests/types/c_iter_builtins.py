# enumerate, zip, map, filter and reversed.
print(list(enumerate("abc")), list(enumerate([1, 2], 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(enumerate(iterable="ab", start=2)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, None), iter(e) is e)
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3])), list(zip(range(3), "xyz", (True, False, None))))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=False)))
z = zip([1], [2])
print(iter(z) is z, next(z), next(z, "end"))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(map(lambda *a: a, "ab", "cd", "ef", "gh", "ij", "kl", "mn", "op", "qr", "st")))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 2])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(4))), list(reversed("abc")))
print(list(reversed({1: 2, 3: 4})), list(reversed([])), "".join(reversed("hello")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
class Old:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Old()), 9 in Old(), list(enumerate(Old())))
m = map(lambda x: x + 1, [1, 2])
print(next(m), list(m), list(m))
l = [1, 2, 3]
r = reversed(l)
print(next(r))
l.append(4)
print(list(r))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: reversed(5))
check(lambda: reversed({1}))
check(lambda: reversed([1], 2))
check(lambda: reversed(seq=[1]))
check(lambda: enumerate())
check(lambda: enumerate(1))
check(lambda: enumerate([], 1, 2))
check(lambda: enumerate([], foo=2))
check(lambda: enumerate([], start="a"))
check(lambda: zip(1))
check(lambda: zip([1], foo=1))
check(lambda: map(len))
check(lambda: map())
check(lambda: map(len, 1))
check(lambda: filter(None))
check(lambda: filter(None, 1, 2))
check(lambda: filter(None, 1))
check(lambda: list(zip([1], [1, 2], strict=True)))
check(lambda: list(zip([1, 2], [1], strict=True)))
check(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
check(lambda: list(zip([1], [1, 2], [1, 2], strict=True)))
check(lambda: list(zip([1], [1], [1, 2], strict=True)))
check(lambda: list(map(lambda x: 1 // x, [1, 0])))
