# Private-name mangling of captures, yield in a guard, match in a lambda-free
# expression context, and the subject left on no stack after the statement.
class C:
    match (1, 2):
        case (__a, _C__b):
            pass
print(sorted(k for k in vars(C) if k.startswith("_C")))

def gen():
    for v in [1, 2, 3]:
        match v:
            case x if (yield x):
                print("sent true for", x)
            case _:
                print("guard false for", v)

g = gen()
print(next(g))
print(g.send(True))
print(g.send(False))
try:
    g.send(None)
except StopIteration:
    print("done")

# A case body that defines a function and a class.
match "make":
    case "make":
        def made():
            return "function from case"
        class Made:
            pass
print(made(), Made.__name__)

# Nested match in a guard-bound comprehension.
data = [(1, "a"), (2, "b"), ("x", 3)]
out = []
for item in data:
    match item:
        case (int(n), str(s)):
            out.append([c for c in s * n])
        case _:
            out.append(None)
print(out)

# The match statement value: the subject expression can be any expression.
match [i * i for i in range(4)]:
    case [0, 1, *more]:
        print("squares", more)
match {"k": 1} | {"j": 2}:
    case {"j": j, "k": k}:
        print("merged", j, k)
