# Membership in lists uses ==.
a = [1, "two", 3.0, [4], None]
print(1 in a, "two" in a, 3 in a, [4] in a, None in a)
print(2 in a, "Two" in a, 4 in a, [] in a)
print(True in a, 1.0 in a)
print(0 not in a, "two" not in a)
print(1 in [], [] in [[]])
big = list(range(1000))
print(999 in big, 1000 in big)
