# ValueError from list.remove when the item is absent.
try:
    [1, 2].remove(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    [].remove(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x.remove(1)
    x.remove(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    ['a'].remove('A')
except Exception as e:
    print(type(e).__name__, e)
