# A raise at module level: the traceback has only the <module> frame.
print("before")
x = 5
if x > 3:
    raise RuntimeError("x is too big: " + str(x))
print("after")
