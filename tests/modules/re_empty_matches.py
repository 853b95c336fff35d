# re: empty matches in findall, finditer, sub and split follow CPython 3.7+ rules.
import re

for pat in [r"x*", r"", r"\b", r"(?=x)", r"a|", r"x?", r"$", r"^"]:
    s = "axxbx"
    print(repr(pat), re.findall(pat, s), [m.span() for m in re.finditer(pat, s)],
          re.sub(pat, "-", s), re.split(pat, s), re.subn(pat, "-", s)[1])
print(re.sub(r"x*", "-", ""), re.findall(r"x*", ""), re.split(r"x*", ""))
print(re.sub(r"a*", "<\\g<0>>", "baaac"))
print(re.sub(r"(?:)", "|", "ab", count=2))
print(re.split(r"(?:)", "ab", maxsplit=1))
print(re.findall(r"\s*", "a  b"))
print(re.sub(r"\s*", "_", "a  b"))
