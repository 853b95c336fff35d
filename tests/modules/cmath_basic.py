import cmath
def r(z):
    return complex(round(z.real, 10), round(z.imag, 10))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj, cmath.nan)
for z in (1 + 2j, -1 - 0.5j, 0.5j, 3, 2.5, -4):
    print(r(cmath.exp(z)), r(cmath.log(z)), r(cmath.sqrt(z)), r(cmath.log10(z)))
    print(r(cmath.sin(z)), r(cmath.cos(z)), r(cmath.tan(z)), r(cmath.sinh(z)), r(cmath.cosh(z)), r(cmath.tanh(z)))
    print(r(cmath.asin(z)), r(cmath.acos(z)), r(cmath.atan(z)), r(cmath.asinh(z)), r(cmath.acosh(z)), r(cmath.atanh(z)))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.log(1))
print(r(cmath.log(8, 2)), r(cmath.log(1j, 1j)))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.phase(3))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(3 + 4j))
print(r(cmath.rect(2, cmath.pi / 2)), cmath.rect(1, 0), cmath.rect(3, 0.0))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(cmath.inf, 0)), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isnan(1))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(0, 1e-10, abs_tol=1e-9))
