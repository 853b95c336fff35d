# ValueError from str methods.
try:
    'abc'.index('d')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.rindex('z')
except Exception as e:
    print(type(e).__name__, e)
try:
    'a,b'.split('')
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.index('a', 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    ''.index('x')
except Exception as e:
    print(type(e).__name__, e)
