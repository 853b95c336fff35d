# Multi-character operator tokens.
x = 10
x **= 2; print(x)
x //= 3; print(x)
x >>= 2; print(x)
x <<= 3; print(x)
x %= 7; print(x)
x |= 8; print(x)
x &= 12; print(x)
x ^= 5; print(x)
print(1 != 2, 1 <= 2, 2 >= 3, 1 == 1)
print(2**3**2, 7//2, -7//2)
print((y := 5) + y)
print(~5, -~5, ~-5)
