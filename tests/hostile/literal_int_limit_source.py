# An integer literal over the 4300-digit limit in source is a SyntaxError in CPython 3.11.
for n in (4301, 100000):
    try:
        compile("x = 1" + "0" * (n - 1), "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg[:40])
    except ValueError as e:
        print(type(e).__name__)
print("alive")
