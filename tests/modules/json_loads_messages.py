# The messages follow CPython's layout: "what: line L column C (char N)".
import json
for s in ['', '[1,', '{"a" 1}', '[1 2]', '{"a": 1} x', '[\n  1,\n  x\n]', '"abc', '"\u00e9\u00e9', '\u00e9',
          '["\u00e9", x]', '"a\\qb"', '{1}', '[1, 2', '"\x01"', '  ', 'tru']:
    try:
        json.loads(s)
    except ValueError as e:
        print(repr(s), e)
