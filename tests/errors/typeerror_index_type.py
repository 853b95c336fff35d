# TypeError for indexes of the wrong type.
try:
    l = [1, 2]
    l['a']
except Exception as e:
    print(type(e).__name__, e)
try:
    l = [1, 2]
    l[1.0]
except Exception as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    t[None]
except Exception as e:
    print(type(e).__name__, e)
try:
    s = 'abc'
    s['x']
except Exception as e:
    print(type(e).__name__, e)
try:
    range(3)[1.5]
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [0]
    x['k'] = 1
except Exception as e:
    print(type(e).__name__, e)
