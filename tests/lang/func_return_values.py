# Return values: implicit None, bare return, several values, early return.
def no_return():
    x = 1
print(no_return())
def bare():
    return
print(bare())
def pair():
    return 1, 2
print(pair())
a, b = pair()
print(a, b)
def sign(n):
    if n < 0:
        return -1
    if n == 0:
        return 0
    return 1
print(sign(-5), sign(0), sign(5))
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
print(first_even([1, 3, 4, 6]), first_even([1]))
