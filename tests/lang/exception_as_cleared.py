# The name bound by except ... as is deleted when the handler ends.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError:
    print("e is unbound after the handler")
def f():
    try:
        1 // 0
    except ZeroDivisionError as err:
        saved = err
    return type(saved).__name__
print(f())
