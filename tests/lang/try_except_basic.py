# try/except catches an exception of the named type.
try:
    1 // 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][0]
except IndexError:
    print("caught IndexError")
try:
    {}["k"]
except KeyError:
    print("caught KeyError")
try:
    print("no error")
except Exception:
    print("not printed")
def risky(n):
    return 10 // n
for n in [2, 0, 5]:
    try:
        print(risky(n))
    except ZeroDivisionError:
        print("div by zero for", n)
