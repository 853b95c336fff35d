# TypeError for assigning to or deleting items of immutable values.
try:
    s = 'abc'
    s[0] = 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    t[0] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    r = range(3)
    r[0] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    t = (1,)
    del t[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = 'abc'
    del s[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    n = 5
    n[0] = 1
except Exception as e:
    print(type(e).__name__, e)
