# tuple.count and tuple.index.
t = (1, 2, 2, 3, "3", 2)
print(t.count(2), t.count(3), t.count("3"), t.count(9))
print(t.index(2), t.index(3), t.index("3"), t.index(2, 3))
print((1, 1.0, True).count(1))
print(((1, 2), (1, 2)).count((1, 2)))
print(().count(None))
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
