# re: sub() and subn() with a callable replacement, count, and return values.
import re

def up(m):
    return m.group(0).upper()

print(re.sub(r"\b\w", up, "the quick brown fox"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 2 30 400"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(2) + m.group(1) + "ay", "pig latin"))
print(re.sub(r"x", up, "axbxcx", count=2))
print(re.sub(r"x", "y", "xxxx", 1))
print(re.subn(r"x", up, "xxx"))
print(re.subn(r"x", up, "xxx", count=1))
print(re.sub(r"a", lambda m: None, "banana") if False else "skip-none")
seen = []
def rec(m):
    seen.append((m.start(), m.group(), m.string))
    return "#"
print(re.sub(r"[aeiou]", rec, "education"))
print(seen)
p = re.compile(r"(\d)")
print(p.sub(lambda m: "<%s>" % m.group(1), "a1b2"))
print(p.subn("#", "123", count=2))
print(re.sub("x*", lambda m: "[" + m.group() + "]", "axxb"))
try:
    re.sub("a", lambda m: 5, "abc")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", lambda m: 1 / 0, "abc")
except ZeroDivisionError as e:
    print("ZeroDivisionError")
