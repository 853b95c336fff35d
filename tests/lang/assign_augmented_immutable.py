# += on str and tuple makes a new object; the old one is unchanged.
s = "ab"
t = s
s += "cd"
print(s, t)
u = (1, 2)
v = u
u += (3,)
print(u, v)
n = 10
m = n
n += 1
print(n, m)
w = "x"
for i in range(3):
    w += str(i)
print(w)
z = ""
z += ""
print(repr(z))
