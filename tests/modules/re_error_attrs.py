# re: re.error carries msg, pattern, pos, lineno and colno, also for multi-line patterns and templates.
import re

for pat in ["a(b", "ab\n(c", "x\ny\n*", b"[a", "(?<=a+)b", "\u00e9\u00e9\\q"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(str(e), "|", e.msg, "|", repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
try:
    re.sub("(a)", r"x\2", "a")
except re.error as e:
    print(str(e), "|", e.msg, "|", e.pattern, e.pos, e.lineno, e.colno)
try:
    raise re.error("custom")
except re.error as e:
    print(type(e).__name__, e, e.args)
