# Rounding errors accumulate exactly as in IEEE doubles.
total = 0.0
for i in range(1000):
    total += 0.001
print(total)
s = 0.0
for x in [1e16, 1.0, -1e16]:
    s += x
print(s)
prod = 1.0
for i in range(1, 30):
    prod *= i / 7
print(prod)
h = 0.0
for k in range(1, 200):
    h += 1 / k
print(h)
print(sum([0.1] * 10))
