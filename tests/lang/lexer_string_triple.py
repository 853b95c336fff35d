# Triple-quoted strings span lines and hold both quote kinds.
s = """line one
line two
line three"""
print(s)
print(len(s.split("\n")))
t = '''single 'quotes' and "double" ones'''
print(t)
u = """ends with a quote\""""
print(u)
v = """"""
print(repr(v))
w = """a\
b"""
print(w)
x = '''
'''
print(repr(x))
y = """two "" quotes inside"""
print(y)
