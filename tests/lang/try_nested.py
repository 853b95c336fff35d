# Nested try blocks: the innermost matching handler catches.
def f(kind):
    try:
        try:
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            return "none"
        except ValueError as e:
            return "inner caught " + str(e)
    except KeyError as e:
        return "outer caught " + repr(e)
print(f("value"))
print(f("key"))
print(f("nothing"))
try:
    try:
        raise IndexError("i")
    except KeyError:
        print("wrong handler")
except IndexError as e:
    print("outer got", e)
