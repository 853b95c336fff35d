# TypeError for arithmetic operators on unsupported types.
try:
    'a' - 'b'
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    'a' / 2
except Exception as e:
    print(type(e).__name__, e)
try:
    [] // 2
except Exception as e:
    print(type(e).__name__, e)
try:
    {} % 2
except Exception as e:
    print(type(e).__name__, e)
