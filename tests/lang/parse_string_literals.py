# String and bytes literals: prefixes, quotes, escapes, concatenation.
print('single', "double", '''triple s''', """triple d""")
print(r'\n raw', R"\t", u'unicode', U"U")
print(b'bytes', B'B', br'\x00', rb'\n', Rb'x', bR'y')
print('a' 'b' "c", b'x' b'y')
print('\\ \' \" \a\b\f\n\r\t\v'.encode())
print('\101\x41\u0041\U00000041', '\0', len('\0'), '\777' == chr(0o777))
print(b'\101\x41\xff', b'\u0041')
print('\d\q' == '\\d\\q')
print('line\
continued')
print("""a
b""")
print('é' 'ü', len('é'), '\u00e9' == 'é', '\xe9' == 'é')
print(("implicit "
       "concatenation"))
s = '''it's "quoted"'''
print(s)
print('tab\there')
print(r'raw \' quote', r"\\")
print('' '' == '', b'' b'' == b'')
print(len('''\
x'''))
