# TypeError for int(), float() and str methods given the wrong types.
try:
    int([1])
except Exception as e:
    print(type(e).__name__, e)
try:
    int(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    float([])
except Exception as e:
    print(type(e).__name__, e)
try:
    float(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.startswith(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    'a'.split(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    chr('a')
except Exception as e:
    print(type(e).__name__, e)
try:
    ord(1)
except Exception as e:
    print(type(e).__name__, e)
