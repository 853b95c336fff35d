# SyntaxErrors about names bound by patterns.
srcs = [
    "match x:\n case (a, a): pass",
    "match x:\n case [a, *a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case C(x=1, y=[a, a]): pass",
    "match x:\n case [a, b] as a: pass",
    "match x:\n case 1 | a: pass",
    "match x:\n case (1 as a) | (2 as b): pass",
    "match x:\n case (a, b) | (a, c): pass",
    "match x:\n case [a] | [a, b]: pass",
    "match x:\n case [a, (b | b)]: pass",
    "match x:\n case 1 as _: pass",
    "match x:\n case __debug__: pass",
    "match x:\n case [a, ((1 as a) | (2 as a))]: pass",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
