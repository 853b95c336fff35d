# Padding, slicing and finding count code points, not bytes: astral and combining characters.
s = 'a\U0001f600b\u0301\u20ac'
print(len(s), ascii(s.center(9, '*')), ascii(s.ljust(7, '\U0001f600')), ascii(s.rjust(8)), ascii(s.zfill(7)))
print(ascii(s[1]), ascii(s[-2:]), ascii(s[::-1]), s.find('b'), s.rfind('\u20ac'), s.index('\U0001f600'))
print(ascii('{:^9}|{:>7.3}|{:*<8}'.format(s, s, s)), ascii('%-7s|%3.2s' % (s, s)))
print(ascii('\U0001f600\t\U0001f600'.expandtabs(4)), '\U0001f600x\U0001f600'.split('x'), ascii(s.upper()))
print('\U0001f600'.isprintable(), '\U000e0001'.isprintable(), '\U0010ffff'.isprintable(), '\ufeff'.isprintable())
