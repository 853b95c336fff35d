# &, |, ^ and ~ on small non-negative ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b)
print(~a, ~b, ~0)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0xff)
print(12345 & 0xff, 12345 | 1, 12345 ^ 12345)
print(0 & 0, 0 | 0, 0 ^ 1)
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, bin(x))
print(x & (1 << 3) != 0, x & (1 << 4) != 0)
