# The right side is evaluated first, then targets are assigned left to right.
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
log = []
def val(n):
    log.append(n)
    return n
a, b = val(1), val(2)
print(log)
d = {}
d[val("key")] = val("value")
print(log)
y = [1, 2]
y[0], y[1] = y[1], y[0]
print(y)
