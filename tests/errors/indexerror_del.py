# IndexError for deleting list items out of range.
try:
    x = [1, 2]
    del x[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    x = []
    del x[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [1]
    del x[-2]
except Exception as e:
    print(type(e).__name__, e)
x = [1, 2, 3]
del x[5:]
print(x)
