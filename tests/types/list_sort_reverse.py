# sort(reverse=True), alone and with a key.
a = [3, 1, 2]
a.sort(reverse=True)
print(a)
b = ["b", "a", "c"]
b.sort(reverse=True)
print(b)
c = ["aa", "b", "ccc"]
c.sort(key=len, reverse=True)
print(c)
d = [1, 2, 3]
d.sort(reverse=False)
print(d)
e = [(2, "x"), (1, "y"), (2, "a")]
e.sort(key=lambda t: t[0], reverse=True)
print(e)
