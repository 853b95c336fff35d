# UnicodeDecodeError/UnicodeEncodeError from decode/encode carry CPython's five arguments.
cases = [
    (b'ab\xffcd', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'a\xe2\x28\xa1', 'utf-8'),
    (b'\x80', 'ascii'), (b'abc\xc3', 'utf-8'), (bytearray(b'x\xfe'), 'utf-8'),
    (b'\xed\xa0\x80', 'utf-8'), (b'\xf4\x90\x80\x80', 'utf-8'), (b'ok\x80\x81', 'ascii'),
]
for data, enc in cases:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e.args)
        print(str(e))
        print(e.encoding, e.object, e.start, e.end, e.reason)
        print(isinstance(e, UnicodeError), isinstance(e, ValueError))
for text, enc in [('h\xe9llo', 'ascii'), ('\u20ac\u20ac!', 'latin-1'), ('ab\U0001f600', 'ascii'),
                  ('\xff', 'ascii'), ('x\u0100y', 'latin-1')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e.args)
        print(str(e))
        print(e.encoding, ascii(e.object), e.start, e.end, e.reason)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')
print(e.args, str(e), e.start, e.end)
try:
    raise UnicodeDecodeError('ascii', b'\x90', 0, 1, 'nope')
except ValueError as e:
    print(type(e).__name__, e)
