# Huge integer results: MemoryError or a result, never a crash; then normal work.
try:
    x = 1 << (10 ** 12)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    x = 1 << (2 ** 70)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(1 >> (10 ** 30), -1 >> (10 ** 30), pow(3, 10 ** 20, 7))
print("alive")
