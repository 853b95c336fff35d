from itertools import product, permutations, tee, chain, repeat, accumulate
for f in (lambda: list(product('a', repeat=-1)), lambda: list(permutations('ab', -1)), lambda: tee([], -1)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
for f in (lambda: list(chain(1)), lambda: list(accumulate(5)), lambda: list(product(1))):
    try:
        f()
    except TypeError:
        print('TypeError')
print(list(permutations([])), list(product([], repeat=0)))
