# re: module-level functions take pattern strings or compiled patterns, and flags.
import re

print(re.match("a", "abc"), re.search("c", "abc"), re.fullmatch("abc", "abc"))
print(re.match(pattern="b", string="abc"), re.search(pattern="b", string="abc", flags=0))
print(re.findall("A", "aAa", re.I), re.findall("A", "aAa", flags=re.I))
print(list(m.span() for m in re.finditer("A", "aAa", re.I)))
print(re.sub("A", "x", "aAa", flags=re.I), re.sub("A", "x", "aAa", 1, re.I))
print(re.subn("A", "x", "aAa", flags=re.I), re.split("A", "aAa", flags=re.I))
print(re.split("a", "banana", 2, re.I), re.split("a", "banana", maxsplit=1))
p = re.compile("b")
print(re.match(p, "bc"), re.sub(p, "x", "abc"), re.findall(p, "bb"), re.split(p, "abc"))
print(re.purge())
print(re.compile("x", re.NOFLAG).flags if hasattr(re, "NOFLAG") else 32)
print(re.error.__name__, issubclass(re.error, Exception))
try:
    re.match(p, "b", re.I)
except ValueError as e:
    print("ValueError", e)
