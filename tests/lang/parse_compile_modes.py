# compile() and eval() in the three modes the parser supports.
print(eval("1 + 2"))
print(eval("  3 * 4"))
print(eval("1, 2"))
print(eval("(5)\n"))
print(eval("\t[x for x in 'ab']"))
ns = {}
exec("a = 1\nb = a + 1\n", ns)
print(ns["a"], ns["b"])
exec(compile("c = 3", "<s>", "single"), ns)
print(ns["c"])
code = compile("if 1:\n    d = 4\n", "<s>", "single")
exec(code, ns)
print(ns["d"])
for src, mode in [("x = 1", "eval"), ("1\n2", "eval"), ("a = 1\nb = 2\n", "single"),
                  ("", "exec"), ("pass", "exec"), ("# only a comment\n", "exec")]:
    try:
        compile(src, "<m>", mode)
        print("ok", repr(src), mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno)
print(eval("lambda: 0")())
print(eval("'\\u00e9'"))
