# upper and lower on ASCII letters; other characters pass through.
print("Hello World".upper(), "Hello World".lower())
print("abc123!?".upper(), "ABC123!?".lower())
print("".upper() == "", "".lower() == "")
print("漢字 123".upper(), "漢字 ABC".lower())
print("MiXeD cAsE".upper().lower())
s = "Python"
print(s.upper(), s, s.lower())
print("a_b-c".upper())
