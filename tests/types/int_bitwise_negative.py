# Bitwise ops on negative ints behave as infinite two's complement.
print(-1 & 0xff, -1 | 0, -1 ^ 0)
print(-6 & 5, -6 | 5, -6 ^ 5)
print(-6 & -5, -6 | -5, -6 ^ -5)
print(~-1, ~-100, -100 & 0xffff)
print(-(2 ** 32) & 0xffffffff, -(2 ** 32) | 1)
print(-256 & 255, -255 & 255)
print(5 & -5, 12 & -12)
print(-1 & -1, -2 ^ 1)
