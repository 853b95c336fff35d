# Backslash escapes in string literals, checked through their code points.
s = "a\nb\tc\\d\'e\"f"
print(s)
print(len(s))
print([ord(c) for c in "\a\b\f\n\r\t\v"])
print([ord(c) for c in "\0\1\7\101\177"])
print("\101\102\103")
print(repr("tab\there"))
print(repr("nl\n"))
print(repr("\\"))
print(repr("\r\x00"))
print("back\\slash")
