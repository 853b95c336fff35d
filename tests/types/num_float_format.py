# format() of floats for every presentation type and a range of precisions,
# with '#', over values that exercise rounding, exponents, inf and nan.
vals = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 0.125, 0.375, 1 / 3, 2 / 3, 123456.789, 1e16, 1e-5, 0.0001,
        1.5e300, 5e-324, 9.9999, 99999.5, 0.00001234, 1e22, 2.675, float("inf"), float("-inf"), float("nan")]
specs = ["e", "E", "f", "F", "g", "G", "%", ".0e", ".1e", ".3e", ".10e", ".0f", ".1f", ".2f", ".12f", ".0g",
         ".1g", ".2g", ".5g", ".15g", ".17g", "#.0f", "#.0e", "#g", "#.3g", "#.0g", ".3%", ".0%", "",
         ".3", ".0", ".1", ".12", "r" if False else "n"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1e300, ".2f")[:40], len(format(1e300, ".2f")), format(2.0**-30, ".40f"))
print(format(0.1, ".60f"), format(1 / 3, ".30e"))
print("%.3f %e %g %G %.0f %10.2f %-8.1e|" % (3.14159, 12345.678, 0.0000123, 1e-10, 2.5, -1.005, 7.25))
print(str(1e16), str(1.5e-7), str(123.0), str(-0.5))
