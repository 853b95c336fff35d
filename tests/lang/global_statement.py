# global lets a function rebind module-level names, even create them.
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc(); inc()
print(counter)
def create():
    global created
    created = "made in a function"
create()
print(created)
def read_only():
    return counter * 2
print(read_only())
def both():
    global a, b
    a, b = 1, 2
both()
print(a, b)
