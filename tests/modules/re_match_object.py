# re: Match objects: group access by index and name, spans, attributes, repr.
import re

m = re.search(r"(?P<key>\w+)=(?P<val>\d+)?(x)?", "  abc=12 rest")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("key"), m.group("val"))
print(m.group(1, 2, "key", 3))
print(m.groups(), m.groups("dflt"), m.groups(default=0))
print(sorted(m.groupdict().items()), sorted(m.groupdict("-").items()))
print(m.start(), m.end(), m.span(), m.start(1), m.end("val"), m.span(3), m.start(3))
print(m.string, m.re.pattern, m.pos, m.endpos)
print(m.lastindex, m.lastgroup)
print(m[0], m[1], m["val"], m[3])
print(m.regs)
print(m.expand(r"\2-\1 \g<key> [\g<3>]"))

m = re.match(r"(a)(b)?", "ac")
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r"((a)b)", "ab")
print(m.lastindex, m.group(1, 2))
m = re.match(r"(?P<outer>(?P<inner>a)b)c", "abc")
print(m.lastindex, m.lastgroup)
m = re.match(r"abc", "abcdef")
print(m.lastindex, m.lastgroup, m.groups(), m.groupdict())
print(repr(re.match(r"", "x")))
print(re.match(r"x*", "xxxyz"))
print(re.search(r"'", "it's"))
print(re.search(r"\n", "a\nb"))
print(bool(re.match("a", "a")), re.match("b", "a"))

for bad in (4, -1, "nope", 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m[5]
except IndexError as e:
    print("IndexError", e)
try:
    m.start(9)
except IndexError as e:
    print("IndexError", e)
