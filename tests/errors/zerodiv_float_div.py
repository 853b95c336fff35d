# ZeroDivisionError from / with a float operand.
try:
    1.0 / 0
except Exception as e:
    print(type(e).__name__, e)
try:
    1 / 0.0
except Exception as e:
    print(type(e).__name__, e)
try:
    0.0 / 0.0
except Exception as e:
    print(type(e).__name__, e)
try:
    -1.5 / -0.0
except Exception as e:
    print(type(e).__name__, e)
try:
    float('inf') / 0
except Exception as e:
    print(type(e).__name__, e)
try:
    (2 ** 100) / 0.0
except Exception as e:
    print(type(e).__name__, e)
