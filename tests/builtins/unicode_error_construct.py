# UnicodeDecodeError/UnicodeEncodeError built by hand: args, attributes, str, and bad arguments.
cases = [
    (UnicodeDecodeError, ('utf-8', b'\xff\xfe', 0, 2, 'bad')),
    (UnicodeDecodeError, ('ascii', b'a\x90', 1, 2, 'nope')),
    (UnicodeDecodeError, ('latin-1', bytearray(b'xyz'), 0, 3, 'why')),
    (UnicodeEncodeError, ('ascii', 'abc', 0, 1, 'r')),
    (UnicodeEncodeError, ('ascii', 'a\u20acc', 1, 2, 'euro')),
    (UnicodeEncodeError, ('latin-1', 'x\U0001f600', 1, 2, 'emoji')),
    (UnicodeEncodeError, ('ascii', 'abc', 0, 3, 'all')),
    (UnicodeEncodeError, ('ascii', 'abc', 5, 6, 'past')),
]
for cls, args in cases:
    e = cls(*args)
    print(cls.__name__, e.args == args, str(e))
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason, isinstance(e, UnicodeError))
try:
    raise UnicodeEncodeError('ascii', '\xe9', 0, 1, 'x')
except ValueError as e:
    print(type(e).__name__, e)
