# ValueError from list.index and tuple.index when the item is absent.
try:
    [1, 2].index(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    [].index(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    ['a'].index('b')
except Exception as e:
    print(type(e).__name__, e)
try:
    [1, 2, 1].index(2, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    ().index(0)
except Exception as e:
    print(type(e).__name__, e)
