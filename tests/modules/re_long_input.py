# re: long subjects and heavy backtracking finish without overflowing any stack.
import re

s = "a" * 50000
print(len(re.match(r"a*", s).group()))
print(len(re.match(r"(?:a|b)*", s).group()))
print(len(re.match(r"(a)*", s).group()), re.match(r"(a)*", s).span(1))
print(len(re.match(r"(?:aa)+", s).group()))
print(re.match(r".*b", s))
print(len(re.match(r"(?:a{2}){1,30000}", s).group()))
print(len(re.findall(r"a", s)), len(re.split(r"a", s)), len(re.sub(r"a", "bb", s)))
print(re.search(r"a+b", s + "b").span())
print(re.search(r"(a+)+c", "a" * 18))
print(re.match(r"(a|aa)*$", "a" * 30).span())
print(re.search(r"(x+x+)+y", "x" * 16))
print(re.fullmatch(r"(?:a*)*", "a" * 1000).span())
print(re.match(r"(?:(?:(?:a)*)*)*b", "a" * 20 + "b").span())
deep = "(" * 90 + "a" + ")" * 90
print(re.match(deep, "a").span(), re.compile(deep).groups)
t = "ab" * 20000
print(len(re.findall(r"(?<=a)b", t)), len(re.findall(r"b(?=a)", t)))
print(len(re.sub(r"(\w)", r"\1\1", t)))
