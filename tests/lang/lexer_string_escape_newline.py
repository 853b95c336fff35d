# A backslash-newline inside a string literal joins the lines.
s = "abc\
def"
print(s)
print(len(s))
t = 'one \
two'
print(t)
u = """x\
y\
z"""
print(u)
