# Tuples inside tuples, and lists inside tuples.
t = ((1, 2), (3, (4, 5)))
print(t, t[1][1][0])
u = ([1, 2], "s")
u[0].append(3)
print(u)
v = (1, (2, (3, (4, ()))))
depth = 0
while v:
    depth += 1
    v = v[1]
print(depth)
print(((1,),) == ((1,),))
