# Guards: evaluated after the pattern bound its names; a false guard goes on.
def f(x):
    match x:
        case [a, b] if a > b:
            return "descending"
        case [a, b] if a < b:
            return "ascending"
        case [a, b]:
            return "equal"
        case n if isinstance(n, int) and n % 2 == 0:
            return "even"
        case n if (m := n * 10) > 50:
            return ("big", m)
        case _:
            return "other"

for v in [[2, 1], [1, 2], [3, 3], 4, 7, 1]:
    print(v, f(v))

# Names bound by a pattern stay bound even when its guard fails.
match (1, 2):
    case (p, q) if p > q:
        print("no")
    case _:
        print("guard failed; p, q =", p, q)

# The guard runs only when the pattern matched.
calls = []
def check(v):
    calls.append(v)
    return False
match 3:
    case 1 if check("one"):
        pass
    case 3 if check("three"):
        pass
    case 3:
        print("fell through to plain 3")
print(calls)

# A guard raising an exception propagates.
try:
    match 0:
        case z if 1 / z:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
