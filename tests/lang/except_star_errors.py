# SyntaxErrors and TypeErrors specific to except*.
srcs = [
    "try:\n pass\nexcept* ValueError:\n pass\nexcept TypeError:\n pass",
    "try:\n pass\nexcept ValueError:\n pass\nexcept* TypeError:\n pass",
    "try:\n pass\nexcept*:\n pass",
    "for x in y:\n try:\n  pass\n except* ValueError:\n  break",
    "for x in y:\n try:\n  pass\n except* ValueError:\n  continue",
    "def f():\n try:\n  pass\n except* ValueError:\n  return 1",
    "def f():\n try:\n  pass\n except* ValueError:\n  return",
    "try:\n pass\nexcept* ValueError:\n for x in y:\n  break",
    "try:\n pass\nexcept* ValueError:\n def g():\n  return 1",
    "try:\n pass\nexcept* (ValueError, TypeError) as e:\n pass\nelse:\n pass\nfinally:\n pass",
    "try:\n pass\nexcept* ValueError, TypeError:\n pass",
]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)

def attempt(t):
    try:
        try:
            raise ValueError(1)
        except* t:
            print("handled")
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError propagated", e)

attempt(ExceptionGroup)
attempt(BaseExceptionGroup)
attempt((ValueError, ExceptionGroup))
attempt(int)
attempt("ValueError")
attempt((ValueError, 3))
attempt(ValueError)
