# ValueError for strings that are not integers.
try:
    int('x')
except Exception as e:
    print(type(e).__name__, e)
try:
    int('')
except Exception as e:
    print(type(e).__name__, e)
try:
    int('1.5')
except Exception as e:
    print(type(e).__name__, e)
try:
    int('12a')
except Exception as e:
    print(type(e).__name__, e)
try:
    int('0x10')
except Exception as e:
    print(type(e).__name__, e)
try:
    int('1__0')
except Exception as e:
    print(type(e).__name__, e)
try:
    int('9', 8)
except Exception as e:
    print(type(e).__name__, e)
try:
    int('g', 16)
except Exception as e:
    print(type(e).__name__, e)
