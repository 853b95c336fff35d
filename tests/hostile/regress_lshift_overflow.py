# Found by fuzz_exec: a small int shifted left past the machine word (UB in the fast path).
n = 0x123456789abcdef0
print(n << 8, n << 3, -n << 8, (2 ** 61 - 1) << 2, 1 << 62, -1 << 63)
print("alive")
