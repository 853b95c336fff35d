# re: wrong argument types raise TypeError with CPython's messages.
import re

cases = [
    lambda: re.compile(5),
    lambda: re.compile(None),
    lambda: re.match("a", 5),
    lambda: re.search("a", None),
    lambda: re.findall("a", ["a"]),
    lambda: re.compile("a").match(3),
    lambda: re.compile("a").sub("x", 3),
    lambda: re.split("a", 1.5),
    lambda: re.match(b"a", "a"),
    lambda: re.match("a", b"a"),
    lambda: re.compile("a").match("a", "0"),
]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile("a").match()
except TypeError as e:
    print("TypeError")
try:
    re.match("a")
except TypeError as e:
    print("TypeError")
