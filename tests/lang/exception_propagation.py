# Exceptions travel up through calls until a handler catches them.
def level3():
    raise ValueError("from level 3")
def level2():
    level3()
    print("not reached")
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
try:
    level1()
except ValueError as e:
    print("caught at top:", e)
def safe(f):
    try:
        return f()
    except Exception as e:
        return "error: " + type(e).__name__
print(safe(lambda: 1 // 0))
print(safe(lambda: [][0]))
print(safe(lambda: "fine"))
