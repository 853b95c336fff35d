# TypeError for unpacking a value that is not iterable.
try:
    a, b = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b = None
except Exception as e:
    print(type(e).__name__, e)
try:
    a, *b = 1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    [a] = 7
except Exception as e:
    print(type(e).__name__, e)
try:
    for x, y in [1, 2]:
        pass
except Exception as e:
    print(type(e).__name__, e)
