# str.encode error handlers on non-ASCII and astral text, and the errors' attributes.
for s in ('añb', '€uro', 'x\U0001f600y', 'ÿĀ', '日本'):
    for enc in ('ascii', 'latin-1'):
        for errors in ('replace', 'ignore', 'backslashreplace'):
            print(ascii(s), enc, errors, s.encode(enc, errors))
        try:
            s.encode(enc)
        except UnicodeEncodeError as e:
            print(e.start, e.end, ascii(e.object[e.start:e.end]), e.reason)
try:
    'a'.encode('ascii', 'nope')
except LookupError as e:
    print('LookupError', e)
print('a\xe9'.encode('ascii', 'nope'.replace('nope', 'ignore')))
