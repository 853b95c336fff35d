# reversed over sequences.
print(list(reversed([1, 2, 3])))
print(list(reversed((1, 2, 3))))
print(list(reversed("abc")))
print("".join(reversed("héllo")))
print(list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))))
print(list(reversed([])))
a = [1, 2]
r = reversed(a)
print(next(r), next(r))
for x in reversed(["x", "y"]):
    print(x)
