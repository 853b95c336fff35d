# raise with an instance, with a class, with messages of several kinds.
try:
    raise ValueError("bad value")
except ValueError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise TypeError("a", 1)
except TypeError as e:
    print(e)
try:
    raise Exception()
except Exception as e:
    print(repr(str(e)))
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
try:
    check(3)
    check(-3)
except ValueError as e:
    print(e)
