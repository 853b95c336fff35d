# float() of ints, including ints too precise for a double.
print(float(0), float(1), float(-1), float(2 ** 53))
print(float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3))
print(float(10 ** 20), float(10 ** 22), float(10 ** 23))
print(float(2 ** 1023), float(-(2 ** 1023)))
print(float(123456789012345678901234567890))
print(float(True), float(False))
print(float(12345678901234567), 12345678901234567 == float(12345678901234567))
