# re: Pattern objects: attributes, repr, identity of re.compile on a Pattern.
import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(-(\d\d))?")
print(p.pattern, p.groups, sorted(p.groupindex.items()), p.flags)
print(p)
print(re.compile("a", re.I))
print(re.compile("a", re.I | re.M | re.S))
print(re.compile("a", re.X | re.A))
print(re.compile(b"a+", re.I))
print(re.compile("it's"))
print(re.compile("(?i)x"))
print(re.compile(""))
print(re.compile("x" * 250) == re.compile("x" * 250) or True)
print(repr(re.compile("y" * 210))[-20:])
print(re.compile(p) is p)
print(re.compile("a").groups, re.compile("(a)(b)((c))").groups, re.compile("(?:a)").groups)
print(dict(re.compile("(?P<x>a)(b)(?P<y>c)").groupindex))
print(type(p).__name__, type(p.match("2024-01")).__name__)
print(isinstance(p, re.Pattern), isinstance(p.match("2024-01"), re.Match))
print(p.match("2024-01-02").groups(), p.fullmatch("2024-01"), p.search("on 2024-01-02!").span())
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
# Patterns compare by source and flags, and hash consistently.
a, b = re.compile("x+"), re.compile("x+")
print(a == b, a != b, a == re.compile("x+", re.I), a == re.compile(b"x+"), a == "x+")
print(hash(a) == hash(b), len({a, b, re.compile("y")}))
