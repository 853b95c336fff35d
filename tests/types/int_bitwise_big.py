# Bitwise ops on big ints, positive and negative.
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 99 + 2 ** 50 + 2
print(a & b, a | b, a ^ b)
print(~a)
print(-a & 0xffff, -a & b)
print(-a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
m = (1 << 128) - 1
print(-1 & m == m, (-(2 ** 64)) & m)
print((a ^ b) ^ b == a)
print(a & ~a, a | ~a)
