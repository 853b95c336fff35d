# re: bytes patterns on bytes, bytearray and memoryview; str/bytes mixing is a TypeError.
import re

print(re.match(rb"(\w+) (\w+)", b"hello world").groups())
print(re.findall(rb"\d+", b"a1b22"))
print(re.sub(rb"a", b"o", b"banana"))
print(re.sub(rb"(a)", rb"<\1>", b"ba"))
print(re.split(rb",", b"a,b"))
print(re.search(rb"\xff+", b"a\xff\xffb"))
print(re.match(rb".", b"\xe9").span())
print(re.search(rb"[\x80-\xff]", b"abc\x90").span())
print(re.match(rb"(?i)ABC", b"abc"))
print(re.match(rb"\w", b"\xe9"))
m = re.search(rb"b+", bytearray(b"abbc"))
print(m.group(), m.span())
m = re.search(rb"b+", memoryview(b"abbc"))
print(m.span())
print(re.compile(rb"x").pattern, re.compile(rb"x").flags)
print(re.escape(b"a.b"))
print(re.sub(rb"x", lambda m: b"yy", b"axb"))
print(re.fullmatch(rb"a\d", b"a1"))
for pat, s in [("a", b"a"), (b"a", "a")]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", b"x", "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(rb"\u1234")
except re.error as e:
    print("error", e)
