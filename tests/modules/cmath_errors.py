import cmath
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t(cmath.log, 0)
t(cmath.log, 0j)
t(cmath.log10, 0)
t(cmath.sqrt, 'x')
t(cmath.exp, None)
t(cmath.exp, 1000)
t(cmath.phase, 'a')
t(cmath.isclose, 1, 2, rel_tol=-1)
t(cmath.rect, 1, cmath.inf)
