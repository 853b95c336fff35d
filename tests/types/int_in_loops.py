# Accumulating ints past the small-int range inside loops.
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
y = 0
for i in range(200):
    y = y * 2 - 1
print(y)
a, b = 0, 1
for i in range(150):
    a, b = b, a + b
print(a)
z = 2 ** 100
while z > 1:
    z //= 3
print(z)
