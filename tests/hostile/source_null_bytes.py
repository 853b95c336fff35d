# Null bytes in source given to compile()/exec()/eval().
for src in ("x = 1\0", "\0", "print(1)\0print(2)", "'a\0b'"):
    for fn in (lambda s: compile(s, "<s>", "exec"), exec, eval):
        try:
            fn(src)
            print("ok")
        except SyntaxError as e:
            print(type(e).__name__)
        except ValueError as e:
            print(type(e).__name__)
print(eval("'a\\0b'") == "a\0b")
print("alive")
