# Building UnicodeDecodeError/UnicodeEncodeError with wrong arguments raises TypeError as CPython.
for cls in (UnicodeDecodeError, UnicodeEncodeError):
    for a in [('ascii',), ('ascii', 'x', 0, 1), ('ascii', 1, 0, 1, 'r'), (1, b'x', 0, 1, 'r'),
              ('a', 'xy', 0, 1, 'r'), ('a', b'xy', 0, 1, 'r'), ('a', b'x', 'y', 1, 'r'), ('a', 'x', 0, 1, 2),
              ('a', 'x', 0, 1.0, 'r'), ()]:
        try:
            e = cls(*a)
            print(cls.__name__, 'ok', e.args)
        except TypeError as e:
            print(cls.__name__, 'TypeError', e)
