import json
for s in ['0.1', '1e22', '1e23', '5e-324', '1e-400', '1e400', '-1e400', '1.7976931348623157e308',
          '123456789.123456789', '9007199254740993', '9007199254740993.0', '-9223372036854775808',
          '18446744073709551616', '1.0', '10E0', '0e0', '0.000001', '12345678901234567890e-5',
          'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]']:
    v = json.loads(s)
    print(s, repr(v), type(v).__name__)
x = json.loads('NaN')
print(x != x)
print(json.loads('2') == 2, json.loads('2.0') == 2)
