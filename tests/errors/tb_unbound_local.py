# An uncaught UnboundLocalError from a local read before its assignment.
total = 0

def add(n):
    total = total + n
    return total

def run():
    print("adding")
    add(1)

run()
