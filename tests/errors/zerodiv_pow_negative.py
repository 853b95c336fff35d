# ZeroDivisionError from raising zero to a negative power.
try:
    0 ** -1
except Exception as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except Exception as e:
    print(type(e).__name__, e)
try:
    0 ** -2.5
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(0, -3)
except Exception as e:
    print(type(e).__name__, e)
try:
    pow(0.0, -1)
except Exception as e:
    print(type(e).__name__, e)
