import math
print(math.log(1), math.log(2**1000, 2), math.log2(8), math.log10(0.001), math.log1p(0), math.log(math.inf))
print(math.log(10**500) > 1151, math.log2(2**5000), round(math.log10(10**1000), 9), math.log(2**64, 2**32))
print(math.log(True), math.exp(-1000), math.expm1(1e-10), math.exp2(-1), math.exp(math.inf), math.exp(-math.inf))
print(math.isnan(math.log(math.nan)), math.isnan(math.exp(math.nan)))
