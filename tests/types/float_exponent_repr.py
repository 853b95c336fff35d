# When repr switches to exponent notation.
for e in range(-8, 0):
    print(10.0 ** e, 1.5 * 10.0 ** e)
for e in range(14, 19):
    print(10.0 ** e, 1.5 * 10.0 ** e)
print(1e-4, 0.0001, 0.00001)
print(123456789012345.6, 1234567890123456.7, 12345678901234567.8)
print(1e22, 1e23, 1.5e300, -2.5e-300)
