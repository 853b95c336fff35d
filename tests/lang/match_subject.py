# The subject is evaluated exactly once, before any case.
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2]

match subject():
    case [0, _]:
        pass
    case [1, 3]:
        pass
    case [1, x]:
        print("x =", x)
print("calls:", calls)

# Tuple subjects without parentheses, with starred items.
rest = [3, 4]
match 1, *rest:
    case (1, 3, 4):
        print("starred subject")
match 1, 2,:
    case (a, b):
        print("trailing comma", a, b)

# A walrus in the subject.
match (n := 5):
    case 5:
        print("walrus subject", n)

# Falling off the end: no case matches, nothing happens.
match 123:
    case 1:
        print("no")
print("done")

# Subject that is an iterator is not a sequence and is not consumed.
it = iter([1, 2])
match it:
    case [a, b]:
        print("no")
print(next(it))
