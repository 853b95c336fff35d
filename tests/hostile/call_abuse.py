# Calling things wrongly: bad argument counts, bad keywords, non-callables.
def f(a, b=2, *, c):
    return a + b + c
for args, kw in (((), {}), ((1, 2, 3), {"c": 1}), ((1,), {"c": 1, "d": 2}), ((1,), {"a": 1, "c": 1})):
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
for thing in (1, "s", None, [1]):
    try:
        thing()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__)
print(f(1, c=3), "alive")
