# ValueError for unpacking more values than targets.
try:
    a, b = 1, 2, 3
except Exception as e:
    print(type(e).__name__, e)
try:
    a, = [1, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b = 'abc'
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b = range(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    (a, b), c = (1, 2, 3), 4
except Exception as e:
    print(type(e).__name__, e)
try:
    a, *b, c, d = [1, 2]
except Exception as e:
    print(type(e).__name__, e)
