# ValueError for strings that are not floats.
try:
    float('x')
except Exception as e:
    print(type(e).__name__, e)
try:
    float('')
except Exception as e:
    print(type(e).__name__, e)
try:
    float('1.2.3')
except Exception as e:
    print(type(e).__name__, e)
try:
    float('1e')
except Exception as e:
    print(type(e).__name__, e)
try:
    float('--1')
except Exception as e:
    print(type(e).__name__, e)
try:
    float('1_')
except Exception as e:
    print(type(e).__name__, e)
try:
    float('infinit')
except Exception as e:
    print(type(e).__name__, e)
