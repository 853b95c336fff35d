import random
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__)
t(random.choice, [])
t(random.randrange, 0)
t(random.randrange, 5, 5)
t(random.randrange, 0, 10, 0)
t(random.randint, 5, 1)
t(random.getrandbits, -1)
t(random.getrandbits, 'x')
t(random.uniform, 'a', 1)
t(random.shuffle, 5)
