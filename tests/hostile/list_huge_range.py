# list() of ranges longer than memory: MemoryError at once (OverflowError past 2**63
# items), as CPython's 64-bit build, also on 32 bits where the length is a big int.
for r in (range(10 ** 12), range(0, -10 ** 12, -1), range(2 ** 63), range(2 ** 63 + 1), range(0, 10 ** 30, 7), range(5, 2, 1), range(10 ** 12, 0, 1)):
    try:
        print(len(list(r)))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(range(3)), list(range(10, 0, -3)), [*range(2)])
print("alive")
