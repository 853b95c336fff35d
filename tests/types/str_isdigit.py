# str.isdigit on ASCII strings.
for s in ["123", "0", "", "12a", " 1", "1.5", "-1", "007"]:
    print(repr(s), s.isdigit())
print("9999999999999999999999".isdigit())
print("12 34".isdigit(), "\n".isdigit())
digits = ""
for c in "a1b2c3":
    if c.isdigit():
        digits += c
print(digits)
print("0123456789".isdigit(), "/".isdigit(), ":".isdigit())
