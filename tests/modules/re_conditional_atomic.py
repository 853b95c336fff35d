# re: conditional groups (?(id)yes|no), atomic groups (?>...) and possessive quantifiers.
import re

print(re.findall(r"(<)?\w+(?(1)>)", "<a> b <c d>"))
print(re.fullmatch(r"(<)?\w+(?(1)>)", "<a"), re.fullmatch(r"(<)?\w+(?(1)>|!)", "a!"))
print(re.match(r"(?P<q>\")?\w+(?(q)\")", '"x"').group())
print(re.match(r"(a)?(?(1)b|c)", "c").span(), re.match(r"(a)?(?(1)b|c)", "ab").span())
print(re.match(r"(?(1)a|b)(x)?", "b"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"))
print(re.match(r"(?>a|ab)c", "abc"), re.match(r"(?:a|ab)c", "abc"))
print(re.match(r"a++", "aaa"), re.match(r"a++a", "aaa"), re.match(r"a*+b", "aab"))
print(re.match(r"a?+a", "a"), re.match(r"a{1,2}+a", "aaa"), re.match(r"(?:ab)++", "ababx"))
print(re.match(r"(?>(a+))b", "aab").groups())
print(re.search(r"\d++%", "99% 12"), re.findall(r"\w++", "ab cd"))
