# int() parsing decimal strings, with signs, spaces and underscores.
print(int("0"), int("42"), int("-42"), int("+42"))
print(int("  7  "), int("\t\n8\n"))
print(int("000123"), int("-0"))
print(int("1_000_000"))
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999999"))
print(int(" -1_2 "))
