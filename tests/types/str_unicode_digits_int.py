# Decimal digits of every script: int() reads them, isdecimal agrees, and the values are right.
total = 0
n = 0
for c in range(0x80, 0x20000):
    ch = chr(c)
    if ch.isdecimal():
        n += 1
        total += int(ch) * (c % 7 + 1)
print(n, total)
print(int('\u0663\u0664'), int('\u09e7\u09e8\u09e9'), int('\U0001d7ce\U0001d7cf'), int('\uff19\uff10'),
      float('\u0665.\u0665'), int('-\u0e51\u0e52'), int('\u1040'), int('\U000104a5'))
for s in ('\u00b2', '\u2460', '\u00bd', '\u2167', '\u4e00'):
    try:
        int(s)
    except ValueError as e:
        print('ValueError', e)
    print(s.isdigit(), s.isnumeric(), s.isdecimal())
