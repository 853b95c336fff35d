# re: deeply nested patterns compile and match, also when called deep in Python recursion.
import re
for n in (150, 200, 201):
    try:
        p = re.compile("(" * n + "a" + ")" * n)
        print(n, p.match("a").span())
    except re.error as e:
        print(n, "error", e)
    except RecursionError:
        print(n, "RecursionError")
def rec(k):
    if k == 0:
        p = re.compile("(?:" * 200 + "a" + ")*" * 200)
        return p.match("aa").span()
    return rec(k - 1)
for depth in (10, 100, 500):
    try:
        print(depth, rec(depth))
    except RecursionError:
        print(depth, "RecursionError")
