# str indexing and slicing by code point, ASCII and not.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["abcdef", "héllo wörld", "\U0001f600a\u20acb", ""]:
    n = len(s)
    print(repr(s), n)
    for i in range(-n, n):
        print(i, repr(s[i]), end="; ")
    print()
    for a in (None, 0, 1, -1, -3, 3, 100, -100):
        for b in (None, 0, 2, -1, -2, 5, 100, -100):
            for c in (None, 1, 2, -1, -2, 3):
                print(repr(s[a:b:c]), end=" ")
        print()
    t(lambda: s[n])
    t(lambda: s[-n - 1])
for bad in (1.5, "1", None, [1]):
    t(lambda: "abc"[bad])
t(lambda: "abc"[::0])
print("abc"[True], "abc"[False])
print(list("héé"), list(""), [c for c in "a\U0001f600"])
it = iter("xy")
print(next(it), next(it))
t(lambda: next(it))
print("".join(reversed("héllo")))
