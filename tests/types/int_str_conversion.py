# str() and repr() of ints, and the round trip through int().
for n in [0, -0, 1, -1, 255, 2 ** 31 - 1, -(2 ** 31), 2 ** 63, -(2 ** 63) - 1, 10 ** 40, -(7 ** 60)]:
    s = str(n)
    print(s, repr(n) == s, int(s) == n, len(s))
big = 2 ** 5000
s = str(big)
print(len(s), s[:10], s[-10:], int(s) == big)
