# Malformed patterns and match statements.
srcs = [
    "match x:\n case *a: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case [a, *_, b, *_]: pass",
    "match x:\n case {a: 1}: pass",
    "match x:\n case {**r, 'a': 1}: pass",
    "match x:\n case {**_}: pass",
    "match x:\n case {**r, **s}: pass",
    "match x:\n case C(a=1, b): pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case -x: pass",
    "match x:\n case 1 + 1: pass",
    "match x:\n case 1j + 2: pass",
    "match x:\n case f'x': pass",
    "match x:\n case 'a' f'{x}': pass",
    "match x:\n case 1 as a.b: pass",
    "match x:\n case 1 as a as b: pass",
    "match x:\n pass",
    "match x: pass",
    "match x:\n case 1: pass\n pass",
    "match x:\n case 1:\n  pass\n case\n",
    "match x:\n case 'a' b'b': pass",
    "match x:\n case a.b as c.d: pass",
    "match x:\n case x + 1: pass",
    "match x:\n case (1, 2: pass",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
