# ZeroDivisionError from divmod with int and float operands.
try:
    divmod(1, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    divmod(2 ** 100, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    divmod(0, 0)
except Exception as e:
    print(type(e).__name__, e)
