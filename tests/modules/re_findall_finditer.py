# re: findall() shapes (whole match, one group, tuples) and finditer() match objects.
import re

print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\w)(\d)", "a1 b22 c333"))
print(re.findall(r"(\w)\d", "a1 b22 c333"))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"(?:ab)+", "ababxab"))
print(re.findall(r"", "ab"))
print(re.findall(r"a?", "baa"))
print(re.findall(r"\b\w+\b", "Hello, World!"))
print(re.findall(r"z", "abc"))
p = re.compile(r"\w")
print(p.findall("abcdef", 2), p.findall("abcdef", 1, 3), p.findall("abcdef", 4, 2))
print(p.findall("abcdef", -5, 100), p.findall("abcdef", pos=3, endpos=-1))
it = re.finditer(r"(\w)(\d)?", "a1 b c3")
print(type(it).__name__ != "list")
for m in it:
    print(m.span(), m.group(), m.groups())
print(list(it))
print([m.span() for m in re.finditer(r"x*", "axxbx")])
print([m.group() for m in p.finditer("abcdef", 1, 4)])
print([(m.pos, m.endpos) for m in p.finditer("abcdef", 1, 4)])
it = iter(re.finditer("a", "aa"))
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print("StopIteration")
