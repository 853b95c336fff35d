import json
for s in ['[1,', '{\n  "a": 1\n  "b": 2}', '\u00e9\u00e9 x', '"abc', '[1]\n\n  x', b'[1, }', b'\xef\xbb\xbf[}']:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, e.doc == (s.replace(b'\xef\xbb\xbf', b'').decode() if isinstance(s, bytes) else s))
        print(str(e))
e = json.JSONDecodeError("Bad thing", "ab\ncd\nef", 7)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
e = json.JSONDecodeError("At start", "", 0)
print(e, e.lineno, e.colno)
try:
    raise json.JSONDecodeError("m", "doc", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.JSONDecodeError("only msg")
except TypeError:
    print("TypeError")
