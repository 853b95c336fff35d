import random
ok = True
for _ in range(300):
    x = random.randrange(10)
    y = random.randrange(5, 15)
    z = random.randrange(20, 0, -3)
    w = random.randint(-3, 3)
    ok = ok and 0 <= x < 10 and 5 <= y < 15 and z in range(20, 0, -3) and -3 <= w <= 3
print(ok)
print(all(random.randrange(7, 8) == 7 for _ in range(20)), all(random.randint(4, 4) == 4 for _ in range(20)))
big = random.randrange(2**100)
print(0 <= big < 2**100, 2**70 <= random.randrange(2**70, 2**70 + 5) < 2**70 + 5)
print(all(0 <= random.getrandbits(k) < 2**k for k in (1, 5, 31, 32, 33, 64, 100) for _ in range(20)))
print(random.getrandbits(0))
seen = set(random.randrange(4) for _ in range(400))
print(sorted(seen))
