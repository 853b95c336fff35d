# TypeError for len() of values without a length.
try:
    len(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    len(1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    len(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    len(True)
except Exception as e:
    print(type(e).__name__, e)
try:
    len(2 ** 100)
except Exception as e:
    print(type(e).__name__, e)
