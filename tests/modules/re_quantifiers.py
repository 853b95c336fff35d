# re: counted and lazy quantifiers, and braces that are literal text.
import re

s = "aaaaaaa"
for q in ["{0}", "{1}", "{2,4}", "{2,}", "{,3}", "{,}", "{3}?", "{2,4}?", "{2,}?", "{,3}?", "*?", "+?", "??"]:
    m = re.match("a" + q, s)
    print(q, m.span() if m else None, re.findall("a" + q, s))
print(re.match(r"(ab){2,3}", "abababab").span(), re.match(r"(ab){2,3}?", "abababab").span())
print(re.match(r"(a{2}){2}", "aaaaa").span(), re.match(r"(?:a|b){3}", "abba").group())
print(re.findall(r"x{2}", "xxxxx"), re.findall(r"(?:xy){2,}", "xyxyxy xy"))
print(re.match(r"a{2}b{0}c", "aac"), re.match(r"\d{1,3}(?:,\d{3})*", "1,234,567x").group())
print(re.match(r"a{", "a{").group(), re.match(r"a{1,x}", "a{1,x}").group(), re.match(r"{}", "{}").group())
print(re.match(r"a{1000}", "a" * 1000).span(), re.match(r"a{1000}", "a" * 999))
print(re.match(r"(?:a{2}){2,3}?a", "aaaaaaa").span())
print(re.match(r"(a|b){2,}?b", "aabab").span())
print(re.match(r"(a?){2,5}", "aaa").span(), re.match(r"(a?){2,5}", "aaa").groups())
print(re.match(r"(a*){2}", "aaa").groups(), re.match(r"(a*)+", "aaa").groups())
print(re.match(r"(a*)*?b", "aab").groups(), re.match(r"(a|)+b", "aab").groups())
try:
    re.compile(r"a{4294967296}")
except OverflowError as e:
    print("OverflowError", e)
except re.error as e:
    print("error", e)
