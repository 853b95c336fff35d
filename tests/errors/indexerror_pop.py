# IndexError from list.pop on empty lists and bad positions.
try:
    [].pop()
except Exception as e:
    print(type(e).__name__, e)
try:
    [1].pop(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop(-3)
except Exception as e:
    print(type(e).__name__, e)
try:
    [].pop(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x.pop()
    x.pop()
except Exception as e:
    print(type(e).__name__, e)
