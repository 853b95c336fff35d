# remove deletes the first item equal to the argument.
a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
a.remove(1)
print(a)
a.remove(1)
print(a)
b = ["a", [1], 2.0, None]
b.remove([1])
b.remove(2)
b.remove(None)
print(b)
try:
    b.remove("z")
except ValueError as e:
    print("ValueError", e)
