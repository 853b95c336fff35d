import math
print(math.frexp(1.0), math.frexp(-0.1), math.frexp(1e300), math.frexp(5e-324), math.frexp(math.inf))
print(math.modf(0.0), math.modf(-0.0), math.modf(1e20), math.modf(-1.75))
print(math.ldexp(1, 1023), math.ldexp(1, -1074), math.ldexp(1, -2000), math.ldexp(-0.0, 5), math.ldexp(math.inf, -5), math.ldexp(1, 2**70 * -1))
print(math.copysign(1, -math.nan) < 0 or True, math.copysign(math.inf, -1), math.fabs(-0.0), math.fabs(-3))
print(math.trunc(1e300) == int(1e300), math.ceil(-0.5), math.floor(-0.0), math.ceil(2**60 + 0.0))
