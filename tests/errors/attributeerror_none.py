# AttributeError on None, a common mistake after a method returns None.
try:
    None.x
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [3, 1].sort()
    x.append(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    None.upper()
except Exception as e:
    print(type(e).__name__, e)
try:
    d = {}.get('k')
    d.items()
except Exception as e:
    print(type(e).__name__, e)
