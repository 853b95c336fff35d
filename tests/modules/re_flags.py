# re: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII as arguments and inline, and the flags attribute.
import re

print(re.findall(r"abc", "ABC abc AbC", re.I))
print(re.findall(r"abc", "ABC abc AbC", re.IGNORECASE))
print(re.findall(r"[a-c]+", "ABCabc", re.I))
print(re.findall(r"[^a-c]+", "ABCxyz", re.I))
print(re.findall(r"^\w+$", "one\ntwo\nthree", re.M))
print(re.findall(r"^\w+$", "one\ntwo\nthree"))
print(re.findall(r"\w+$", "one\ntwo\n", re.MULTILINE))
print(re.findall(r"a.b", "a\nb a-b", re.S))
print(re.findall(r"a.b", "a\nb a-b", re.DOTALL))
print(re.findall(r"a.b", "a\nb a-b"))
print(re.findall(r"""
    (\d+)   # a number
    \s*     # spaces
    ([a-z]+) # a unit
""", "10 kg 5m", re.X))
print(re.match(r"a b # c", "ab", re.VERBOSE))
print(re.match(r"[ ]a", " a", re.X))
print(re.findall(r"\w+", "caf\u00e9 na\u00efve", re.A))
print(re.findall(r"\w+", "caf\u00e9 na\u00efve"))
print(re.findall(r"\d", "1\u0663", re.ASCII))
print(re.match(r"\u00e9", "\u00c9", re.I))
print(re.match(r"\u00e9", "\u00c9", re.I | re.A))
print(re.findall(r"^a.", "ab\nac\na\n", re.M | re.S))
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile("(?i)a").flags)
print(re.compile(b"a").flags, re.compile(b"a", re.I).flags, re.compile("a", re.A).flags)
print(re.compile("(?s)(?m)a").flags, re.compile("(?x)a").flags, re.compile("a", re.M | re.S | re.X).flags)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.I == re.IGNORECASE, re.M == re.MULTILINE, re.S == re.DOTALL, re.X == re.VERBOSE)
print(re.match(r"(?i:A)b", "ab"), re.match(r"(?i:A)b", "aB"))
print(re.match(r"(?-i:a)B", "aB", re.I), re.match(r"(?-i:a)B", "AB", re.I))
print(re.match(r"(?s:.)(.)", "\n\n"))
print(re.match(r"(?x: a b )c", "abc"))
print(re.findall(r"(?m:^x)|y$", "x\nx y\ny"))
for bad in [(r"a", re.L), (b"a", re.U), ("a", re.A | re.U)]:
    try:
        re.compile(*bad)
    except ValueError as e:
        print("ValueError", e)
# A scoped (?a:...) makes only its part ASCII-only.
print(re.findall(r"(?a:\w)+", "\u00e9a"), re.findall(r"(?a:\w)\w", "a\u00e9 \u00e9\u00e9"))
print(re.findall(r"(?a:\b)x", "\u00e9x"), re.match(r"(?a:[\W])", "\u00e9"), re.match(r"(?ia:\u00c9)", "\u00e9"))
