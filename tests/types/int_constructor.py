# int() with no argument, with ints, bools, floats and strings.
print(int(), int(0), int(-5), int(2 ** 70))
print(int(True), int(False))
print(int(9.99), int(-9.99))
print(int("12"), int(" -3 "))
print(int("10", 16), int("10", 2), int("10", 36))
print(int(int(5)), type(int("5")).__name__)
