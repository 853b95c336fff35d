# min/max with key and default, their errors; sum with start.
print(min(4, 2, 8), max(4, 2, 8), min([3, 1, 2]), max("hello"))
print(min([1, -5, 3], key=abs), max([1, -5, 3], key=abs))
print(max([], default="empty"), min((), default=None))
print(max([2, 2.0]), min([2.0, 2]))
print(max([(1, "b"), (1, "a")]), min(["bb", "a", "ccc"], key=len))
for call in (lambda: min([]), lambda: max(()), lambda: min(), lambda: max(1, 2, default=0),
             lambda: min([1, "a"])):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)))
print(sum([0.5, 0.25]), sum((x * x for x in range(4)), start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
