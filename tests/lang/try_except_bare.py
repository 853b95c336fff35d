# A bare except catches everything.
try:
    raise ValueError
except:
    print("bare except caught it")
def f():
    try:
        return [][0]
    except:
        return "fallback"
print(f())
try:
    undefined_name_here
except:
    print("caught NameError without naming it")
