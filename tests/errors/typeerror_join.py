# TypeError for str.join over items that are not strings.
try:
    ','.join([1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    ''.join(['a', 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    '-'.join(['a', 'b', None])
except Exception as e:
    print(type(e).__name__, e)
try:
    ' '.join(5)
except Exception as e:
    print(type(e).__name__, e)
