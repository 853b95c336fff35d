# ValueError from built-in functions given bad values.
try:
    chr(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except Exception as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    min([])
except Exception as e:
    print(type(e).__name__, e)
try:
    max(())
except Exception as e:
    print(type(e).__name__, e)
try:
    int('10', 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    int('10', 37)
except Exception as e:
    print(type(e).__name__, e)
