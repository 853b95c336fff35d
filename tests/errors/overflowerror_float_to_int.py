# OverflowError and ValueError converting infinities and NaN to int.
try:
    int(float('inf'))
except Exception as e:
    print(type(e).__name__, e)
try:
    int(float('-inf'))
except Exception as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except Exception as e:
    print(type(e).__name__, e)
try:
    round(float('inf'))
except Exception as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except Exception as e:
    print(type(e).__name__, e)
try:
    int(1e308 * 10)
except Exception as e:
    print(type(e).__name__, e)
