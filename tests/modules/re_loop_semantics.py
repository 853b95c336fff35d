# re: loops whose body can match the empty string stop and backtrack as CPython's do.
import re

cases = [
    (r"(?:^|\S|(?:\W)+){1,3}(?!é)", "BBBaaa"),
    (r"((^){1,3}|.aa)+", "baab ab"),
    (r"(a?)*", "aa"), (r"(a?)+", "aa"), (r"(a?){2,}", "a"), (r"(a?){3}", ""),
    (r"(a*)*b", "aab"), (r"(a*)+b", "b"), (r"(a*?)*?b", "aab"), (r"(|a)+", "aa"),
    (r"(|a)*?$", "aa"), (r"(?:a|())*c", "aac"), (r"(?:()|a)*c", "aac"), (r"(\b|a)+", "aa"),
    (r"(?:$|a)+", "aa"), (r"(a|b?)+?c", "abc"), (r"(?:x?){2,4}y", "xy"), (r"(x??){2}", "xx"),
]
for pat, s in cases:
    print(repr(pat), repr(s), [(m.span(), m.groups()) for m in re.finditer(pat, s)],
          re.sub(pat, "-", s), re.fullmatch(pat, s) is not None)
