# RecursionError raised while handling exceptions, then normal service.
def f(n):
    try:
        raise ValueError(n)
    except ValueError:
        return f(n + 1)

try:
    f(0)
except RecursionError:
    print("RecursionError")

def g(n):
    try:
        return g(n + 1)
    finally:
        pass

try:
    g(0)
except RecursionError:
    print("RecursionError in finally")
try:
    raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
print("alive")
