# re: VERBOSE patterns: whitespace and comments ignored outside classes and escapes.
import re

phone = re.compile(r"""
    ^\(?(\d{3})\)?   # area code
    [-.\s]?          # separator
    (\d{3})          # exchange
    [-.\s]?
    (\d{4})$         # number
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"]:
    m = phone.match(s)
    print(s, m.groups() if m else None)
print(re.match(r"(?x) a \  b", "a b"))
print(re.match(r"(?x) [ #] ", " "), re.match(r"(?x) [ #] ", "#"))
print(re.match(r"(?x) a # comment ( not a group", "a"))
print(re.match(r"(?x) a{2} b", "aab"))
print(re.match(r"(?x) \# x", "#x"))
print(re.findall(r"""(?x)
    \d+   # digits
    |     # or
    [a-z] # one letter
""", "12ab3"))
print(re.compile(r" a b ", re.X).pattern, re.compile(r" a b ", re.X).flags)
print(re.match(r"(?x: a b ) c", "ab c"), re.match(r"(?x: a b ) c", "abc"))
