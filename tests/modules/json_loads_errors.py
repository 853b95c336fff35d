import json
bad = ['', ' ', '[', ']', '{', '}', '[1,]', '[,1]', '[1 2]', '{"a" 1}', '{"a": 1,}', '{a: 1}',
       "{'a': 1}", '{"a": }', '{"a"}', '{1: 2}', '"abc', '"\\x"', '"\\u12"', '"\\u12G4"',
       '"a\nb"', '"tab\there"', '01', '1.', '.5', '+1', '-', '--1', '1e', '1e+', '0x10', 'nul',
       'tru', 'falsey', 'None', 'True', 'nan', 'inf', '-infinity', '1 2', '[] []', '{}x',
       '[1] ,', '"\\"', '\ufeff[1]', '/* c */ 1', '[1,,2]', '\x00']
for s in bad:
    try:
        v = json.loads(s)
        print(repr(s), "accepted", v)
    except ValueError as e:
        print(repr(s), "ValueError", isinstance(e, json.JSONDecodeError))
print(issubclass(json.JSONDecodeError, ValueError))
for notstr in [1, None, [1], 1.5]:
    try:
        json.loads(notstr)
    except TypeError:
        print("TypeError", type(notstr).__name__)
