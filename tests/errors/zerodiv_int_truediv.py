# ZeroDivisionError from / with int operands.
try:
    1 / 0
except Exception as e:
    print(type(e).__name__, e)
try:
    0 / 0
except Exception as e:
    print(type(e).__name__, e)
try:
    -5 / 0
except Exception as e:
    print(type(e).__name__, e)
try:
    (2 ** 100) / 0
except Exception as e:
    print(type(e).__name__, e)
try:
    True / False
except Exception as e:
    print(type(e).__name__, e)
x = 0
for n in [1, 2]:
    try:
        print(n / x)
    except ZeroDivisionError as e:
        print("caught", n, e)
