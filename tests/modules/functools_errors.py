from functools import reduce, lru_cache, partial
try:
    reduce(lambda a, b: a + b, [1, 'x'])
except TypeError as e:
    print(e)
try:
    lru_cache(maxsize='big')
except TypeError as e:
    print(e)
@lru_cache(maxsize=0)
def f(x):
    return x
print(f(1), f(1), f.cache_info().hits, f.cache_info().misses, f.cache_info().currsize)
@lru_cache(maxsize=4)
def boom(x):
    raise ValueError(x)
try:
    boom(3)
except ValueError as e:
    print('ValueError', e, boom.cache_info().currsize)
p = partial(divmod, 7)
try:
    p(0)
except ZeroDivisionError as e:
    print(e)
