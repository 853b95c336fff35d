# // and % on floats: floor division, result of % takes the divisor's sign.
for a in [7.5, -7.5, 7.0, -7.0, 0.5]:
    for b in [2.0, -2.0, 0.3]:
        print(a, b, a // b, a % b)
print(5.0 // 1e-300 > 1e300)
print(-0.0 % 2.0, 0.0 % -2.0)
print(1e20 % 3.0, -1e20 % 3.0)
