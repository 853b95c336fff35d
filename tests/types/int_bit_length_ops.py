# Building and taking apart ints with shifts and masks.
n = 0
for byte in [0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x11]:
    n = (n << 8) | byte
print(n, hex(n))
parts = []
m = n
while m:
    parts.append(m & 0xff)
    m >>= 8
print(parts)
count = 0
m = 2 ** 100 - 1
while m:
    count += m & 1
    m >>= 1
print(count)
print((1 << 77) - 1 == int("1" * 77, 2))
