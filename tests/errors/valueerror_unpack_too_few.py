# ValueError for unpacking fewer values than targets.
try:
    a, b, c = 1, 2
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b = [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b = ''
except Exception as e:
    print(type(e).__name__, e)
try:
    a, b = {}
except Exception as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    for x, y in ['a']:
        pass
except Exception as e:
    print(type(e).__name__, e)
