# float() of strings, ints and specials.
print(float(), float("3.5"), float("-0.5"), float(" 2 "))
print(float(7), float(-(2 ** 70)), float(True))
print(float("1e-3"), float("1E+3"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("nan"))
print(float("1_5.2_5"))
print(float("-0"), float("+1.5"))
