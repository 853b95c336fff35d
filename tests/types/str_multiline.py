# Strings containing newlines.
s = "line1\nline2\nline3"
print(s)
print(s.split("\n"))
print(len(s), s.count("\n"))
t = """first
second"""
print(t.split("\n")[1])
print("a\n\nb".split("\n"))
print(repr("\n".join(["x", "y"])))
print("end\n")
print("trailing newline kept\n", end="")
