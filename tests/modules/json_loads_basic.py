import json
for s in ['null', 'true', 'false', '0', '-0', '1', '-12', '123456789012345678901234567890',
          '1.5', '-0.0', '1e3', '1E3', '1e+3', '1e-3', '2.5E-2', '0.1', '[]', '{}', '[1, 2]',
          '{"a": 1, "b": [true, null]}', '  \t\n\r [ 1 , { "x" : "y" } ]  \r\n', '"str"',
          '[[[[]]]]', '{"a": {"b": {"c": {}}}}', '{"dup": 1, "dup": 2}']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
print(json.loads('{"b": 1, "a": 2, "c": 3}'))
print(list(json.loads('{"z": 0, "y": 0, "x": 0}').keys()))
