import math
for x in (0.1, 0.5, 1, 2.5, 5, 10.5, -0.5, -2.5):
    print(round(math.gamma(x), 8), round(math.lgamma(x), 8))
for x in (-3, -1, -0.2, 0, 0.2, 1, 3):
    print(round(math.erf(x), 12), round(math.erfc(x), 12))
print(math.gamma(math.inf), math.lgamma(-math.inf), math.erf(math.inf), math.erfc(-math.inf))
