# Malformed match statements: the SyntaxErrors and IndentationErrors of CPython.
srcs = [
    "match x\n",
    "match x y:\n case 1: pass",
    "match 1:\n case 1: pass\n",
    "match x:\n\n case 1: pass\n",
    "match x:\n  case 1:\n    pass\n  case 2:\n  pass",
    "match:\n case 1: pass",
    "match x:\ncase 1: pass",
    "match x:\n case 1 pass",
    "match x:\n case 1 if: pass",
    "match x:\n case [1, 2: pass",
    "match x:\n case {1 2}: pass",
    "match x:\n case C(=1): pass",
    "match *a:\n case 1: pass",
    "match = 1\nmatch match:\n    case 1: print('one')",
]
for s in srcs:
    try:
        exec(compile(s, "<test>", "exec"), {"x": 1})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
# The single-statement mode (the REPL) after a match statement.
for s in ["match x:\n case 1: pass\ny = 2\n", "match x:\n case 1: pass\n", "x = 1; y = 2\nz=3\n"]:
    try:
        compile(s, "<s>", "single")
        print("OK")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
