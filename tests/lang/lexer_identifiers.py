# Identifier forms: underscores, digits, soft keywords used as names.
_ = 1
__ = 2
_x1 = 3
x_1_y = 4
CamelCase = 5
match = 6
case = 7
type_ = 8
print(_, __, _x1, x_1_y, CamelCase, match, case, type_)
abc123 = "ok"
print(abc123)
iff = True
nonlocal_ = "n"
print(iff, nonlocal_)
