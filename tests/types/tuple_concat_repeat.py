# + and * on tuples.
print((1, 2) + (3,), () + (), (1,) + ())
print((0,) * 4, (1, 2) * 2, () * 5, (1,) * 0)
print(2 * ("a",))
t = (1,)
t2 = t + t
print(t, t2)
t += (9,)
print(t)
print(len((None,) * 100))
