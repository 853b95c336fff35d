# Arithmetic right at the 31/32/63/64-bit edges, where small ints become big.
for e in [30, 31, 32, 62, 63, 64]:
    n = 2 ** e
    print(e, n - 1, n, n + 1, -n, -n - 1)
    print((n - 1) + 1 == n, n * 2 // 2 == n, (n + 1) - 1 == n, -(-n) == n)
print((2 ** 62 - 1) * 2 + 1, (2 ** 62) * -2)
print(-(2 ** 63) // -1)
print(abs(-(2 ** 63)), -(-(2 ** 63)))
