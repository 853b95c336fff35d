# sort() with a key or comparison that mutates the list or raises.
lst = [3, 1, 2]
def key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(lst) >= 3)

lst2 = [5, 4, 3, 2, 1]
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst2.clear()
        return self.v < other.v
lst2 = [C(i) for i in range(10, 0, -1)]
try:
    lst2.sort()
except ValueError as e:
    print(type(e).__name__, e)

def bad(x):
    if x == 2:
        raise KeyError(x)
    return x
lst3 = [3, 2, 1]
try:
    lst3.sort(key=bad)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(lst3))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
print("alive")
