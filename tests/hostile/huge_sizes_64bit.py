# Sizes and shift counts past 32 bits: the errors of CPython's 64-bit build on every
# machine (MemoryError for what it would try to allocate, OverflowError beyond).
for label, fn in (("bytes", lambda: bytes(10 ** 12)), ("bytearray", lambda: bytearray(10 ** 12)),
                  ("bytes 2**63", lambda: bytes(2 ** 63)), ("bytes -2**63-1", lambda: bytes(-2 ** 63 - 1)),
                  ("shl 10**12", lambda: 1 << 10 ** 12), ("shl 2**63-1", lambda: 1 << (2 ** 63 - 1)),
                  ("shl 2**63", lambda: 1 << 2 ** 63), ("shl 2**64", lambda: 1 << 2 ** 64),
                  ("shl big 2**40", lambda: (10 ** 30) << 2 ** 40), ("shr 10**12", lambda: (10 ** 30) >> 10 ** 12)):
    try:
        r = fn()
        print(label, r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
for k in (63, 64, 65, 66, 70, 80):
    try:
        1 << 2 ** k
    except (MemoryError, OverflowError) as e:
        print(k, type(e).__name__, e)
print("alive", len(bytes(10)), 1 << 100)
