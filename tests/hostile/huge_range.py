# Enormous ranges: cheap to make, len() overflows as in CPython, indexing works.
r = range(10 ** 30)
print(r[-1], r[10 ** 20], 10 ** 29 in r)
try:
    len(r)
except OverflowError as e:
    print(type(e).__name__, e)
r2 = range(-10 ** 20, 10 ** 20, 3)
print(r2[5], r2.index(-10 ** 20 + 30))
try:
    list(range(10 ** 12))
except MemoryError:
    print("MemoryError")
print(range(2 ** 63)[2 ** 62])
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
print("alive")
