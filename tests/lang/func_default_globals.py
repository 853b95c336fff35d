# Function bodies see globals as they are at call time, defaults as they were at def time.
x = 1
def read_x():
    return x
def default_x(v=x):
    return v
x = 2
print(read_x(), default_x())
x = 3
print(read_x(), default_x())
def uses_later():
    return later()
def later():
    return "defined after"
print(uses_later())
