# array.array and collections.deque are sequences for sequence patterns too.
import array
import collections

def f(x):
    match x:
        case []:
            return "empty"
        case [a, b]:
            return ("two", a, b)
        case [first, *rest]:
            return ("first", first, rest)
        case _:
            return "not a sequence"

print(f(array.array("i", [1, 2])), f(array.array("d")), f(array.array("b", [5, 6, 7])))
print(f(collections.deque([1, 2])), f(collections.deque()), f(collections.deque("xyz")))

class MyDeque(collections.deque):
    pass
print(f(MyDeque([9, 8])))

# A class merely named deque elsewhere is not a sequence.
class deque:
    def __len__(self):
        return 2
    def __iter__(self):
        return iter([1, 2])
print(f(deque()))

# Mappings: dict subclasses from collections.
match collections.OrderedDict(a=1):
    case {"a": v}:
        print("OrderedDict", v)
match collections.Counter("aab"):
    case {"a": n, "b": m}:
        print("Counter", n, m)
match collections.defaultdict(int, k=3):
    case {"k": k, "missing": _}:
        print("no")
    case {"k": k}:
        print("defaultdict", k)
