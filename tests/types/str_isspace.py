# str.isspace: every character whitespace, and at least one.
for s in [" ", "\t", "\n", "\r\n", " \t\n\x0b\x0c\r", "", " a ", "a", "\x00"]:
    print(repr(s), s.isspace())
print((" " * 100).isspace())
blank = [line for line in ["a", "  ", "", "\t"] if line.isspace()]
print(blank)
print("_".isspace(), "x ".isspace())
