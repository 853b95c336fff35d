# re: errors in inline flag groups and a trailing backslash, with CPython's messages and positions.
import re
for p in ["(?i)", "(?i-", "(?i-s)", "(?i-s:a)", "(?-", "(?-)", "(?-:a)", "(?-i", "(?-i:a)", "(?-i)", "(?i1)", "(?iq)", "(?i-i:a)", "(?-a:x)", "(?-1:x)", "(?i-sq:x)", "(?i-s1:x)", "(?ims:x)", "(?", "(?i", "(?x)  a", "a\\", "(a\\", "[a\\", "\\", "a**\\", "(?i)(?s)x", "x(?i)"]:
    try:
        re.compile(p); print(repr(p), "ok")
    except re.error as e:
        print(repr(p), e)
