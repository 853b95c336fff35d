# compile()/exec()/eval() of a str with a null byte: CPython 3.11's exact message.
for fn in (lambda s: compile(s, "<s>", "exec"), exec, eval):
    try:
        fn("x = 1\0")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print("alive")
