# IndexError for range indexes out of range.
try:
    range(3)[3]
except Exception as e:
    print(type(e).__name__, e)
try:
    range(3)[-4]
except Exception as e:
    print(type(e).__name__, e)
try:
    range(0)[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    range(0, 10, 3)[4]
except Exception as e:
    print(type(e).__name__, e)
try:
    range(10, 0, -2)[5]
except Exception as e:
    print(type(e).__name__, e)
