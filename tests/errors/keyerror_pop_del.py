# KeyError from dict.pop and del with missing keys.
try:
    {}.pop('k')
except Exception as e:
    print(type(e).__name__, e)
try:
    {'a': 1}.pop('b')
except Exception as e:
    print(type(e).__name__, e)
try:
    d = {}
    del d['x']
except Exception as e:
    print(type(e).__name__, e)
try:
    d = {1: 1}
    del d[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    {}.pop((1,))
except Exception as e:
    print(type(e).__name__, e)
