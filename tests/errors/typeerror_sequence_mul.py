# TypeError for multiplying a sequence by a non-int.
try:
    'a' * 'b'
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except Exception as e:
    print(type(e).__name__, e)
try:
    'a' * 1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    (1,) * None
except Exception as e:
    print(type(e).__name__, e)
try:
    'x' * 2.0
except Exception as e:
    print(type(e).__name__, e)
