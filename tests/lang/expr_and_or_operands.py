# and/or return one of their operands, not a bool.
print(0 or 5)
print(3 or 5)
print(0 and 5)
print(3 and 5)
print('' or 'default')
print('x' or 'default')
print([] or [1])
print([0] or [1])
print(None and 1)
print({} or None)
print(0.0 or -0.0)
print(1 and 0.0)
print(repr('' and 'x'))
print((0, ) and ())
x = None
y = x or "fallback"
print(y)
