# A bare raise in a handler re-raises the exception being handled.
def inner():
    try:
        1 // 0
    except ZeroDivisionError:
        print("inner handled, re-raising")
        raise
try:
    inner()
except ZeroDivisionError as e:
    print("outer got", e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
        raise
except KeyError as e2:
    print(e2 is err)
def reraise_named():
    try:
        raise IndexError("x")
    except IndexError as e:
        raise e
try:
    reraise_named()
except IndexError as e:
    print("named re-raise", e)
