# Unterminated strings, comments and continuation lines in compiled source.
cases = ["'abc", '"abc', "'''abc", '"""abc\n\n', "x = 'a\nb'", "b'\\", "f'{", "f'{1", "f'}'",
         "x = \\", "r'\\'", "'\\x4'", "b'\\xZZ'", "'''", "u'", "rb'''x"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
print("alive")
