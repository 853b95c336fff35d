# An uncaught OverflowError from converting a huge int to float, two calls deep.
def as_float(n):
    return float(n)

def scale(n):
    return as_float(n) * 0.5

print(scale(10 ** 10))
print(scale(10 ** 400))
