# Literal patterns: numbers, strings, bytes, None/True/False, complex.
def f(x):
    match x:
        case 0:
            return "int zero"
        case -1:
            return "minus one"
        case 1.5:
            return "float"
        case 2 + 3j:
            return "complex"
        case -2 - 1j:
            return "neg complex"
        case "abc":
            return "str"
        case "con" "cat":
            return "concatenated"
        case b"xy":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0x10:
            return "hex"
        case 1_000:
            return "underscored"
        case _:
            return "other"

for v in [0, 0.0, -1, 1.5, 2 + 3j, -2 - 1j, "abc", "concat", b"xy", "xy", None,
          True, False, 1, 16, 1000, 999, [], ()]:
    print(repr(v), "->", f(v))

# True/False/None use identity: 1 does not match True, 0 does not match False.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched 1")
match 1.0:
    case 1:
        print("1.0 == 1")
