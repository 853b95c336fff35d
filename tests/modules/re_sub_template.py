# re: sub() with string templates: group references, escapes, unmatched groups.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<a>\d)", r"<\g<a>>", "a1b22"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"))
print(re.sub(r"(\d)", r"\g<0>!", "x9y"))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(repr(re.sub(r"x", r"\n", "x")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"x", r"\y".replace("y", "&"), "x"))
print(re.sub(r"x", "\\0", "x") == "\x00")
print(re.sub(r"x", r"\101", "x"))
print(re.sub("a", "", "banana"))
print(re.sub("", "-", "abc"))
print(re.sub("(b)(c)?", r"\2\1", "abcab"))
print(re.sub("a", lambda m: "", "aaa"))
print(re.sub(r"(?P<n>\d+)", r"\g<n>\g<n>", "7 and 8"))
print(re.sub(r"(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)", r"\11\10\1", "abcdefghijk"))
print(re.subn(r"o", "0", "foo boo"))
print(re.subn(r"z", "0", "foo"))

for tmpl in [r"\3", r"\g<x>", r"\g<3>", r"\g<a b>", r"\g<", r"\g<1", r"\g", r"\q", "\\", r"\g<>", r"\8"]:
    try:
        print(re.sub(r"(a)(b)", tmpl, "ab"))
    except re.error as e:
        print("error:", e)
    except IndexError as e:
        print("IndexError:", e)
