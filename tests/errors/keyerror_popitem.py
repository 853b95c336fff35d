# KeyError from popitem on an empty dict.
try:
    {}.popitem()
except Exception as e:
    print(type(e).__name__, e)
try:
    d = {'a': 1}
    d.popitem()
    d.popitem()
except Exception as e:
    print(type(e).__name__, e)
