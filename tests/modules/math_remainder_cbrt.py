# math.remainder (IEEE 754) and math.cbrt, with their special values and errors.
import math
for x, y in [(5.0, 3.0), (-5.0, 3.0), (5.5, 2.0), (4.5, 2.0), (-4.5, 2.0), (1e300, 3.0),
             (7, 2), (2.0, float("inf")), (-0.0, 1.0), (0.0, -1.0), (3.0, 1e-300),
             (float("nan"), 1.0), (1.0, float("nan"))]:
    print(x, y, repr(math.remainder(x, y)))
for x, y in [(1.0, 0.0), (float("inf"), 1.0), (float("-inf"), 2.0)]:
    try:
        math.remainder(x, y)
    except ValueError as e:
        print("ValueError", e)
# libms differ in the last bit of cbrt (glibc's cbrt(27.0) is 3.0000000000000004):
# compare 12 significant digits.
for x in [27.0, -8.0, 0.0, -0.0, 2.0, 1e-300, 1e300, float("inf"), float("-inf"), 64, 3]:
    print(x, "%.12g" % math.cbrt(x))
print(math.isnan(math.cbrt(float("nan"))))
try:
    math.remainder("a", 1)
except TypeError as e:
    print("TypeError", e)
