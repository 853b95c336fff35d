# ZeroDivisionError from // with a float operand.
try:
    1.0 // 0
except Exception as e:
    print(type(e).__name__, e)
try:
    1 // 0.0
except Exception as e:
    print(type(e).__name__, e)
try:
    -2.5 // 0.0
except Exception as e:
    print(type(e).__name__, e)
try:
    x = 1.0
    x //= 0
except Exception as e:
    print(type(e).__name__, e)
