import json
for s in [r'""', r'"abc"', r'"a\"b"', r'"\\"', r'"\/"', r'"\b\f\n\r\t"', r'"\u0041"',
          r'"\u00e9"', r'"\u20AC"', r'"\ud83d\ude00"', r'"x\uD83D\uDE00y"', r'"\u0000"',
          '"caf\u00e9"', '"\U0001F600"', r'"\u00e9\u00E9"', '"\x7f"']:
    v = json.loads(s)
    print(s.encode("utf-8"), v.encode("utf-8"), len(v))
print(json.loads('{"\\u006b": "v"}'))
print(json.loads('["a", "b"]')[1])
