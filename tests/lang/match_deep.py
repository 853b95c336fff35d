# Many cases, many captures and deep nesting keep the stack balanced.
def big(v):
    match v:
        case (a, b, c, d, e, f, g, h, i, j):
            return a + b + c + d + e + f + g + h + i + j
        case [[[[[x]]]]]:
            return ("deep", x)
        case {"a": {"b": {"c": [p, {"d": q}]}}}:
            return ("nested map", p, q)
        case [(1 | 2) as m, [(3 | 4) as n, (5 | 6) as o] | (n, o, _)]:
            return ("ors", m, n, o)
        case _:
            return None

print(big(tuple(range(10))))
print(big([[[[[7]]]]]))
print(big({"a": {"b": {"c": [1, {"d": 2}]}}}))
print(big([2, [4, 6]]), big([1, (3, 5, 0)]), big([1, [3, 7]]))
print(big("nothing"))

# A long chain of cases in a loop.
def classify(n):
    match n:
        case 0: return "zero"
        case 1: return "one"
        case 2: return "two"
        case 3: return "three"
        case 4: return "four"
        case 5: return "five"
        case 6: return "six"
        case 7: return "seven"
        case 8: return "eight"
        case 9: return "nine"
        case int() if n < 0: return "negative"
        case _: return "big"
print([classify(i) for i in range(-1, 12)])

# Repeated matching in a loop does not leak stack space.
total = 0
for k in range(2000):
    match (k, [k, k]):
        case (0, _):
            pass
        case (x, [y, z]) if x % 2:
            total += y
        case (x, [*rest]):
            total -= len(rest)
print(total)
