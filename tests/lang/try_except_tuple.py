# except (A, B) as e catches either type.
def f(x):
    try:
        if x == 0:
            return 1 // x
        if x == 1:
            return [][x]
        return {}[x]
    except (ZeroDivisionError, IndexError) as e:
        return "caught " + type(e).__name__
    except KeyError as e:
        return "key " + str(e)
print(f(0))
print(f(1))
print(f(2))
errors = (TypeError, ValueError)
try:
    int("x")
except errors as e:
    print(type(e).__name__)
