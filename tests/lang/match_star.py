# Star subpatterns in sequences.
def f(x):
    match x:
        case [*rest]:
            return ("all", rest)

def g(x):
    match x:
        case [first, *middle, last]:
            return (first, middle, last)
        case [single]:
            return ("single", single)
        case _:
            return "other"

def h(x):
    match x:
        case [*_, 0]:
            return "ends with 0"
        case [0, *_]:
            return "starts with 0"
        case [*_]:
            return "some sequence"

for v in [[], [1], (1, 2), range(5), [1, 2, 3, 4, 5]]:
    print(f(v), g(v))
for v in [[0], [1, 0], [0, 1], [], (2, 3), "0"]:
    print(v, h(v))

# The star capture is always a list, even for tuple subjects.
match (1, 2, 3):
    case (a, *b):
        print(type(b).__name__, b)
match range(4):
    case [*a, b]:
        print(a, b)
