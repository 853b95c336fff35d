# TypeError for subscripting values that do not support it.
try:
    n = 5
    n[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    x = None
    x[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    f = 1.5
    f[1:2]
except Exception as e:
    print(type(e).__name__, e)
try:
    x = 3
    x[0] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    b = True
    b[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    g = lambda: 0
    g[0]
except Exception as e:
    print(type(e).__name__, e)
