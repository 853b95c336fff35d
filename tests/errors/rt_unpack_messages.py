# ValueError/TypeError messages of unpacking assignments.
def t1():
    a, b = [1, 2, 3]
def t2():
    a, b, c = (1, 2)
def t3():
    a, b = 5
def t4():
    a, *b, c = [1]
def t5():
    a, b = iter([1])
def t6():
    a, b = (x for x in range(3))
def t7():
    a, b = None
def t8():
    a, b = "xyz"
for f in (t1, t2, t3, t4, t5, t6, t7, t8):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a, *b, c = range(5)
print(a, b, c)
(x, y), z = "ab", 3
print(x, y, z)
