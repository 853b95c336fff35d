# re: compile errors raise re.error with CPython's message and position.
import re

BAD = [
    "*", "+a", "?", "a**", "a*+*", "a{2}{3}", "(", "(a", "a)", ")", "[a", "[", "[]", "[^]",
    "[z-a]", "[\\d-z]", "\\", "a\\", "\\q", "\\xZZ", "\\x4", "\\u12", "\\U1234567", "\\2", "(a)\\2",
    "(a\\1)", "(?P<1a>x)", "(?P<>x)", "(?P<a", "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P=a", "(?Px)",
    "(?<x)", "(?", "(?Q)", "(?#abc", "a{3,2}", "(?<=a+)b", "(?<=a|bc)d", "(?<=a*)", "^*", "$+",
    "\\b*", "a(?i)b", "(?i", "(?i-", "(?z)", "(?-i)", "x{99999999999}", "(?(2)a|b)", "(?(x)a|b)",
    "(?(1)a|b|c)", "\\400", "[\\400]", "[\\8]", "\\8", "a\nb(", "ab\n)c\n",
]
for p in BAD:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "error:", e)
    except OverflowError as e:
        print(repr(p), "OverflowError:", e)

# re.error is an Exception subclass that can be caught as such.
print(issubclass(re.error, Exception))
try:
    re.compile("(")
except Exception as e:
    print(type(e).__name__, e)
