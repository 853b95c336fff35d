# float.is_integer and converting integral floats.
for x in [1.0, 1.5, -2.0, 0.0, -0.0, 1e20, 1e-20, 2.5e15]:
    print(x, x.is_integer())
print(float("inf").is_integer(), float("nan").is_integer())
print(int(2.0 ** 60), int(-(2.0 ** 52) + 0.5))
print((0.1 + 0.2 - 0.3).is_integer())
