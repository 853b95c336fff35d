# TypeError for iterating over non-iterable values.
try:
    for x in 5:
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    list(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    iter(1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    [x for x in True]
except Exception as e:
    print(type(e).__name__, e)
try:
    sum(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    tuple(3.5)
except Exception as e:
    print(type(e).__name__, e)
