# TypeError when concatenating a sequence with another type.
try:
    'a' + 1
except Exception as e:
    print(type(e).__name__, e)
try:
    'a' + None
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] + (1,)
except Exception as e:
    print(type(e).__name__, e)
try:
    (1,) + [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    'a' + [1]
except Exception as e:
    print(type(e).__name__, e)
try:
    'x' + b'y'
except Exception as e:
    print(type(e).__name__, e)
