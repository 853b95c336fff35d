# Deeply nested brackets given to compile(): SyntaxError/RecursionError/MemoryError, then still usable.
def try_compile(src):
    try:
        compile(src, "<s>", "eval")
        print("ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__ in ("SyntaxError", "RecursionError", "MemoryError"))

for n in (10, 50):
    print(eval("(" * n + "1" + ")" * n))
for opener, closer in (("(", ")"), ("[", "]"), ("{", "}")):
    try_compile(opener * 1000 + closer * 1000)
    try_compile(opener * 100000)
print(eval("[" * 20 + "]" * 20))
print("alive", 1 + 1)
