# Invalid UTF-8 in bytes source given to compile()/exec().
cases = [b"x = '\xff'", b"\xc3", b"\xed\xa0\x80 = 1", b"'\xe2\x82'", b"\x80abc"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__)
ns = {}
exec(b"y = '\xc3\xa9'", ns)
print(ns["y"] == "\u00e9", len(ns["y"]))
print("alive")
