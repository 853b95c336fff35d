import math
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.isnan(math.nan))
for f in (math.sqrt, math.exp, math.exp2, math.expm1, math.log, math.log2, math.log10, math.log1p,
          math.fabs, math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh,
          math.degrees, math.radians, math.erf, math.erfc):
    for x in (0.5, 1, 2, 3.25, 10):
        print(round(f(x), 12))
print(math.sqrt(16), math.sqrt(2.0), math.exp(0), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(1000), math.log(2**2000), math.log10(10**400), math.log2(2**3000))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.inf, -1))
print(math.asin(1), math.acos(0), math.atan2(1, 1), math.atan2(-0.0, -1), math.acosh(1), math.atanh(0.5))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, math.inf))
print(math.modf(3.25), math.modf(-2.5), math.modf(math.inf))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(3, 0))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]))
print(math.gamma(5), round(math.gamma(0.5) ** 2, 12), math.lgamma(1), round(math.lgamma(10), 10))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
