# The else of a for runs when the iterable is exhausted without break.
for i in range(3):
    pass
else:
    print("else after", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    pass
else:
    print("else of an empty loop")
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
