# Unpacking inside list, tuple and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b])
print([0, *a, 9])
print((*a, *b))
print((*a,))
print([*"abc", *range(2)])
print([*[], *()])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "x": 100})
print({**{}})
