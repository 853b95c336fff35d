# StopIteration from next() on exhausted iterators.
try:
    next(iter([]))
except Exception as e:
    print(type(e).__name__, e)
try:
    it = iter([1])
    next(it)
    next(it)
except Exception as e:
    print(type(e).__name__, e)
try:
    next(iter(''))
except Exception as e:
    print(type(e).__name__, e)
try:
    next(iter({}))
except Exception as e:
    print(type(e).__name__, e)
try:
    next(iter(range(0)))
except Exception as e:
    print(type(e).__name__, e)
print(next(iter([]), 'default'))
