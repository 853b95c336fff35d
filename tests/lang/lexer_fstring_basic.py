# f-strings with plain, !r and = fields.
x = 42
name = "Ada"
print(f"x is {x}")
print(f'{name}!')
print(f"{x + 1} {x * 2}")
print(f"{name!r}")
print(f"{x=}")
print(f"{name=}")
print(f"{x} {{literal}} {x}")
print(f"{{}}")
print(f"")
print(F"upper prefix {x}")
print(f"{'nested quotes'}")
print(f"{[1, 2, 3]}")
print(f"{None} {True} {1.5}")
print(f"a" f"{x}" "c")
