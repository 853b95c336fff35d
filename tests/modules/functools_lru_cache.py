from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))
@cache
def sq(x):
    calls.append(x)
    return x * x
calls.clear()
print(sq(3), sq(3), sq(4), calls)
@lru_cache(maxsize=2)
def ident(x):
    calls.append(x)
    return x
calls.clear()
ident(1); ident(2); ident(1); ident(3); ident(2); ident(1)
print(calls)
info = ident.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
ident.cache_clear()
print(ident.cache_info().currsize)
@lru_cache
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=2), kw(a=3), kw.__name__)
