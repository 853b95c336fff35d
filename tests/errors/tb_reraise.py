# A handler that prints and re-raises keeps the original traceback.
def inner():
    return [][1]

def middle():
    try:
        inner()
    except IndexError:
        print("cleaning up")
        raise

def outer():
    middle()

outer()
