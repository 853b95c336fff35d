# Stray characters and bad indentation in compiled source.
cases = ["$", "a ? b", "x = 1\n  y = 2", "if 1:\nx", "if 1:\n  x\n y", "\tif 1:\n", "1 2",
         "def f(:", "lambda: (yield)", "a = = 1", "`x`", "0x", "1e", "09", "1__0", "0b2", "1.2.3",
         "\u00a0", "x\u200b = 1", "€ = 1", "import", "from . import", "class", "@\ndef f(): pass"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
print("alive")
