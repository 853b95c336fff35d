# List methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
l = []
for i in range(10):
    l.append(i)
print(l, len(l))
l.extend([10, 11])
l.extend((12,))
l.extend(range(13, 15))
l.extend("ab")
l.extend({"k": 1})
l.extend(x for x in [99])
print(l)
l = [1, 2, 3]
l.extend(l)
print(l)
l.insert(0, "a"); l.insert(-1, "b"); l.insert(100, "c"); l.insert(-100, "d")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(1), l)
l = [1, 2, 3, 2, 1]
l.remove(2)
print(l, l.index(2), l.index(1), l.index(1, 1), l.index(1, -1), l.index(3, 0, 3))
print(l.count(1), l.count(7), [[1], [1]].count([1]))
l.reverse()
print(l)
c = l.copy()
c.append(0)
print(l, c, c is l)
c.clear()
print(c, len(c))
c.append(5)
print(c)
print([1, 2, 3] + [4], [1] * 3, 3 * [1], [1, 2] * 0, [] * 5, [0] * -1)
a = [1]
b = a
a += [2]
a += (3,)
a += range(4, 6)
print(a, b, a is b)
a *= 2
print(a, b)
a *= 0
print(a, b)
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 5], [] <= [])
print([1, 2] == (1, 2), 3 in [1, 2, 3], [1] in [[1]], "x" not in ["y"])
print(list(), list([1]), list((1, 2)), list(range(4)), list("xyz"), list({1: 2}), list({5}))
print(bool([]), bool([0]), len([1, 2]))
x = [3, 4]
print(x[0], x[-1], x[1])
x[0] = 9; x[-1] = 8
print(x)
del x[0]
print(x)
n = [float("nan")]
print(n == n, n[0] in n)
