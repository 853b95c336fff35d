# match inside loops, functions, try and with; break/continue/return in cases.
def classify(items):
    out = []
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n < 0:
                out.append("neg")
            case [*_] as seq:
                for inner in seq:
                    match inner:
                        case 0:
                            out.append("zero inside")
                            break
                        case _:
                            out.append("inner")
            case _:
                out.append(it)
    else:
        out.append("no stop")
    return out

print(classify([1, -2, "skip", [5, 0, 7], "x", "stop", 9]))
print(classify([3, []]))

def first_even(xs):
    for x in xs:
        match x:
            case int() if x % 2 == 0:
                return x
    return None
print(first_even([1, 3, 8, 10]), first_even([1]))

# Exceptions leaving a case body keep the stack balanced.
def risky(v):
    try:
        match v:
            case 0:
                raise ValueError("zero")
            case [a, b]:
                return a / b
    except ZeroDivisionError:
        return "div by zero"
    except ValueError as e:
        return "value error: " + str(e)
    finally:
        print("finally", v)
print(risky(0), risky([1, 0]), risky([6, 3]), risky(5))

# match inside a while loop with a counter.
n = 0
while True:
    n += 1
    match n:
        case 1 | 2:
            continue
        case 5:
            break
print("n =", n)

# match in a generator.
def gen(xs):
    for x in xs:
        match x:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s.upper()
print(list(gen([("a", 1), "b", 3, ("c", 2)])))

# Nested match inside a guard-less case in a lambda-using comprehension.
print([(lambda v: "one" if v == 1 else "many")(x) for x in [1, 2]])
