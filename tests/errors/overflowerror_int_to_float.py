# OverflowError converting ints too large for a float.
try:
    float(10 ** 400)
except Exception as e:
    print(type(e).__name__, e)
try:
    10 ** 400 + 0.5
except Exception as e:
    print(type(e).__name__, e)
try:
    (2 ** 1024) * 1.0
except Exception as e:
    print(type(e).__name__, e)
try:
    float(-(2 ** 1100))
except Exception as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except Exception as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) * 0.0
except Exception as e:
    print(type(e).__name__, e)
print(float(2 ** 1023) > 0, 10 ** 400 > 1e308)
