# + and * on lists.
print([1, 2] + [3], [] + [], [1] + [])
print([0] * 5, [1, 2] * 3, [] * 10, [1] * 0, [1] * -3)
print(3 * ["x"])
a = [1]
b = a + a
print(b, a)
c = [[0]] * 3
c[0].append(1)
print(c)
d = [[0] for _ in range(3)]
d[0].append(1)
print(d)
print(len([None] * 1000))
