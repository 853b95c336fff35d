# TypeError for calling something that is not callable.
try:
    n = 5
    n()
except Exception as e:
    print(type(e).__name__, e)
try:
    s = 'abc'
    s()
except Exception as e:
    print(type(e).__name__, e)
try:
    l = [1, 2]
    l()
except Exception as e:
    print(type(e).__name__, e)
try:
    x = None
    x()
except Exception as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    t(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {'f': 1}
    x['f']()
except Exception as e:
    print(type(e).__name__, e)
try:
    f = 1.5
    f(2)
except Exception as e:
    print(type(e).__name__, e)
