# IndexError for tuple indexes out of range.
try:
    (1, 2)[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    (1, 2)[-3]
except Exception as e:
    print(type(e).__name__, e)
try:
    ()[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    (1,)[100]
except Exception as e:
    print(type(e).__name__, e)
