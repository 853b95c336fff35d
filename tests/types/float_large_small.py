# The ends of the double range.
big = 1.7976931348623157e308
print(big, big * 1.0000000000000002, big + 1e292)
tiny = 5e-324
print(tiny, tiny / 2, tiny * 2)
print(2.2250738585072014e-308, 2.2250738585072014e-308 / 2)
print(1e308 + 1e308, -1e308 - 1e308)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
print(1e200 * 1e200, 1e-200 * 1e-200)
