# Capture and wildcard patterns; bindings persist after the match.
match 42:
    case x:
        print("captured", x)
print("after", x)

match [1, 2]:
    case _:
        print("wildcard")

def g(v):
    match v:
        case 1:
            return "one"
        case other:
            return ("other", other)
print(g(1), g("z"))

# `_` never binds.
_ = "unchanged"
match 99:
    case _:
        pass
print(_)

# A capture in a function is a local.
def h(v):
    match v:
        case [y]:
            pass
    return y
print(h([7]))
try:
    h(5)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
