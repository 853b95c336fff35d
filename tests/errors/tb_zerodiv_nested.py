# An uncaught ZeroDivisionError three calls deep: traceback on stderr, exit status 1.
def divide(a, b):
    return a // b

def average(values):
    total = sum(values)
    return divide(total, len(values))

def report(values):
    print("averaging", values)
    return average(values)

print(report([1, 2, 3]))
print(report([]))
print("not reached")
