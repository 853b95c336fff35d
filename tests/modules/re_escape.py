# re: re.escape() quotes exactly the special characters, and escaped text matches itself.
import re

print(re.escape("hello"))
print(re.escape("a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o"))
print(re.escape("1-2 #x &y ~z"))
print(repr(re.escape("\t\n\r\v\f")))
print(re.escape("_:/@!%'\"=<>,;"))
print(re.escape(""))
print(re.escape(b"a.b c"))
print(re.escape("\u00e9\u4e2d"))
for s in ["a.b", "(x)", "[^]", "\\d", "$5.00", "a|b", "x{1,2}", "tab\there"]:
    print(repr(s), bool(re.fullmatch(re.escape(s), s)), re.findall(re.escape(s), s + s))
try:
    re.escape(5)
except TypeError:
    print("TypeError")
