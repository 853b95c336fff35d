# int() of strings in several bases, floats and bools.
print(int(), int("0"), int("-17"), int(" 42\n"))
print(int(3.99), int(-3.99), int(1e18))
print(int("ff", 16), int("777", 8), int("101", 2), int("z", 36))
print(int("0x1A", 0), int("0o17", 0), int("0b101", 0), int("12", 0))
print(int("1_000"), int("-0b1_1", 0))
print(int(True), int(False))
print(int("123456789" * 5))
