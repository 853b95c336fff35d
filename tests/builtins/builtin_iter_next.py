# iter and next step through any iterable.
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("hé")
print(next(s), next(s))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
r = iter(range(3))
print(list(r), list(r))
t = iter((9,))
print(iter(t) is t, next(t))
