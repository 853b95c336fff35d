# Indexing ranges, including negative indexes and big values.
r = range(10, 50, 5)
print(r[0], r[1], r[-1], r[-2], r[7])
s = range(10, 0, -3)
print(s[0], s[1], s[-1], len(s))
big = range(0, 10 ** 20, 3)
print(big[5], big[-1])
print(range(-5, 5)[0], range(-5, 5)[-1])
for i in range(len(s)):
    print(i, s[i])
