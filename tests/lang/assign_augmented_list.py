# += on a list extends it in place, so every alias sees the change.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a += "xy"
print(b)
a += (4,)
print(b)
c = [0]
d = c
c = c + [1]
print(c, d)
e = [1]
f = e
e *= 3
print(e, f, e is f)
e *= 0
print(e, f)
