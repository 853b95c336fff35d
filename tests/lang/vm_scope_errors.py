# Compile-time SyntaxErrors raised by the compiler's scope and flow checks.
srcs = [
    "return 1",
    "break",
    "continue",
    "def f():\n  yield 1\nyield 2",
    "nonlocal x",
    "def f():\n  nonlocal x",
    "def f():\n  x = 1\n  global x",
    "def f(x):\n  global x",
    "def f():\n  print(x)\n  global x",
    "await x",
    "class A:\n  return 1",
    "for x in y:\n  def g():\n    break",
    "def f():\n  from os import *",
    "def f(a, a): pass",
    "[(yield x) for x in y]",
    "class A:\n  [(y := 1) for x in z]",
    "[x := 1 for x in y]",
    "while 1:\n  try:\n    pass\n  finally:\n    continue",
    "def f():\n  global x\n  x: int = 1",
    "def f():\n  def g():\n    global x\n    nonlocal x",
    "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n  return g",
    "a, *b, *c = d",
    "*a = b",
]
for s in srcs:
    try:
        compile(s, "t.py", "exec")
        print("OK")
    except SyntaxError as e:
        print(e.msg, e.lineno)
