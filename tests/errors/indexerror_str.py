# IndexError for string indexes out of range.
try:
    'abc'[3]
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'[-4]
except Exception as e:
    print(type(e).__name__, e)
try:
    ''[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    'é漢'[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = 'abc'
    s[10:11][0]
except Exception as e:
    print(type(e).__name__, e)
