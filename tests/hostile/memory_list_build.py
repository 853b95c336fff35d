# MemoryError in the middle of building a list: the list stays consistent, the interpreter works.
chunks = []
try:
    while True:
        chunks.append(bytearray(1024 * 1024))
except MemoryError:
    print("MemoryError")
n = len(chunks)
ok = all(len(c) == 1024 * 1024 for c in chunks)
del chunks
print(n > 0, ok)
big = []
try:
    for i in range(10 ** 9):
        big.append(i)
except MemoryError:
    print("MemoryError append")
print(big[-1] == len(big) - 1, big[:3])
del big
print(sum(range(100)), "alive")
