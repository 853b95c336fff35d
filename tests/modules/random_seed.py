import random
random.seed(42)
a = [random.random() for _ in range(5)] + [random.getrandbits(40), random.randrange(1000)]
random.seed(42)
b = [random.random() for _ in range(5)] + [random.getrandbits(40), random.randrange(1000)]
print(a == b)
random.seed(43)
c = [random.random() for _ in range(5)]
print(a[:5] != c)
random.seed()
random.seed(None)
random.seed(2**80)
d = random.random()
random.seed(2**80)
print(d == random.random())
