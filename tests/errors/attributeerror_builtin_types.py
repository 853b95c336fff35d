# AttributeError for missing attributes of built-in types.
try:
    (5).foo
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.foo
except Exception as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    {}.append
except Exception as e:
    print(type(e).__name__, e)
try:
    (1, 2).append(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    (1.5).real_part
except Exception as e:
    print(type(e).__name__, e)
try:
    (2 ** 100).nothing
except Exception as e:
    print(type(e).__name__, e)
try:
    True.x
except Exception as e:
    print(type(e).__name__, e)
