# int() and float() read Unicode decimal digits and spaces, but not ASCII 0x1c..0x1f.
for f in (int, float):
    for x in (b'\x1c1', '\x1c1', '1\x1f', b' 1\x0b', '\u20281\x85', '\u0966\u0967', '\u0966.5',
              '1_\u0966', '\u0661e\u0662', '\uff11', '\U0001d7d9', '\u1946', '\u3000-\u0663\u3000',
              '\u00b2', '\u2167', '\u0661\u00a0'):
        try:
            print(f.__name__, ascii(x), f(x))
        except ValueError as e:
            print(f.__name__, ascii(x), 'ValueError', e)
print(int('\u0664\u0662', 16), int('\u0661\u0660\u0661', 2))
