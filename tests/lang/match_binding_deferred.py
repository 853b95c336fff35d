# Names are stored only when the whole pattern matched (CPython 3.11).
x = "old x"
y = "old y"
match [1, 2, 3]:
    case [x, y]:
        print("no: length differs")
    case _:
        pass
print(x, y)

match (1, "no"):
    case (x, 2):
        print("no")
    case _:
        pass
print(x)

match {"a": 1, "b": 2}:
    case {"a": x, "b": 3}:
        print("no")
    case {"a": y, "b": 2}:
        print("y bound")
print(x, y)

# Stores happen in the order the names appear.
def order():
    match (1, (2, 3), 4):
        case (a, (b, c), d):
            return list(locals())
print(order())

g = {}
exec("match (1, 2, 3):\n case (c, b, a): pass\n", g)
print([k for k in g if k != "__builtins__"])

# The names of an OR pattern are stored in the order of its first alternative.
for src in ["match (1, 2):\n case (a, b) | [b, a]: pass\n",
            "match [2, 1]:\n case (0, a, b) | [b, a]: pass\n",
            "match {'k': 1, 'j': 2}:\n case {'z': z, 'k': k} | {'k': z, 'j': k}: pass\n",
            "match [1, [2, 3]]:\n case [p, ([q, r] | (r, q, _))]: pass\n"]:
    g = {}
    exec(src, g)
    print([(k, v) for k, v in g.items() if k != "__builtins__"])
