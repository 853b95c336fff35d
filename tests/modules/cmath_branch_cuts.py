# cmath's inverse functions, sqrt and exp around the branch cuts, signed zeros included (rounded to 9 digits).
import cmath
vals = [0j, 0.5j, -0.5j, 2j, -2j, 0.5, -0.5, 2, -2, 1+1j, -1-1j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-3, 0.0), complex(-3, -0.0), complex(3, -0.0), 1j, -1j, 1, -1, 1e-20j, 1e10+1e10j]
for z in vals:
    out = []
    for f in (cmath.sqrt, cmath.exp, cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
        try:
            w = f(z)
            out.append('%r' % complex(round(w.real, 9), round(w.imag, 9)))
        except (ValueError, OverflowError) as e:
            out.append('VE')
    print(z, ' '.join(out))
