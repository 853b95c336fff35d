# KeyError for missing keys of other types.
try:
    {}[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    {1: 1}[2]
except Exception as e:
    print(type(e).__name__, e)
try:
    {}[(1, 2)]
except Exception as e:
    print(type(e).__name__, e)
try:
    {}[None]
except Exception as e:
    print(type(e).__name__, e)
try:
    {}[1.5]
except Exception as e:
    print(type(e).__name__, e)
try:
    {}[()]
except Exception as e:
    print(type(e).__name__, e)
try:
    {}[2 ** 70]
except Exception as e:
    print(type(e).__name__, e)
try:
    {}[True]
except Exception as e:
    print(type(e).__name__, e)
