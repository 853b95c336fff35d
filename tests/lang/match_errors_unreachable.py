# SyntaxErrors for irrefutable patterns before other cases.
srcs = [
    "match x:\n case y:\n  pass\n case 1:\n  pass",
    "match x:\n case _:\n  pass\n case 1:\n  pass",
    "match x:\n case a | b:\n  pass",
    "match x:\n case a | 1:\n  pass",
    "match x:\n case _ | 1:\n  pass",
    "match x:\n case [a | b]:\n  pass",
    "match x:\n case (x as y) | 2:\n  pass\n case 3:\n  pass",
    "match x:\n case x as y:\n  pass\n case 2:\n  pass",
    "match x:\n case y if y:\n  pass\n case 1:\n  pass",
    "match x:\n case 1:\n  pass\n case y:\n  pass",
    "match x:\n case 1 | z:\n  pass",
    "match x:\n case [y]:\n  pass\n case y:\n  pass",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
