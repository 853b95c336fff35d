# ZeroDivisionError from % with int operands.
try:
    1 % 0
except Exception as e:
    print(type(e).__name__, e)
try:
    -7 % 0
except Exception as e:
    print(type(e).__name__, e)
try:
    (2 ** 100) % 0
except Exception as e:
    print(type(e).__name__, e)
try:
    x = 3
    x %= 0
except Exception as e:
    print(type(e).__name__, e)
try:
    0 % False
except Exception as e:
    print(type(e).__name__, e)
