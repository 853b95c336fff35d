import random
vals = [random.random() for _ in range(2000)]
print(all(0.0 <= v < 1.0 for v in vals), all(type(v) is float for v in vals))
mean = sum(vals) / len(vals)
print(0.4 < mean < 0.6, min(vals) < 0.05, max(vals) > 0.95)
u = [random.uniform(2, 5) for _ in range(500)]
print(all(2 <= v <= 5 for v in u), 3.0 < sum(u) / 500 < 4.0)
print(all(-1 <= random.uniform(0, -1) <= 0 for _ in range(100)))
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(all(800 < c < 1200 for c in counts))
