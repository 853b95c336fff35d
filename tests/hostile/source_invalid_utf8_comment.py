# Bytes that are not UTF-8 inside a comment: CPython 3.11 compiles them.
for src in (b"x = 1 # \xfe\xfe", b"# \xff\ny = 2"):
    try:
        ns = {}
        exec(src, ns)
        print("ok", ns.get("x"), ns.get("y"))
    except SyntaxError as e:
        print(type(e).__name__)
print("alive")
