# Unbalanced brackets: a SyntaxError with CPython's message.
for src in ("(1, 2", "[1, 2", "{1: 2", "f(1,", "(]", "[)", "{)", ")", "]", "}", "x = (1 + 2]"):
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
print("alive")
