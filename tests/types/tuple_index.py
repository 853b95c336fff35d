# Indexing tuples.
t = (10, "b", 3.5, None, (1, 2))
print(t[0], t[1], t[-1], t[-5])
print(t[4][1], t[-1][-1])
for i in range(len(t)):
    print(i, t[i])
print((1,)[0], ((),)[0])
