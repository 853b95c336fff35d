# IndexError for list indexes out of range.
try:
    [1, 2, 3][3]
except Exception as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3][-4]
except Exception as e:
    print(type(e).__name__, e)
try:
    [][0]
except Exception as e:
    print(type(e).__name__, e)
try:
    [][-1]
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x[1] = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x[-2] = 0
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [1, 2]
    x[2] += 1
except Exception as e:
    print(type(e).__name__, e)
