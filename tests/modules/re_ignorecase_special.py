# re: IGNORECASE with characters whose case partners are ASCII (KELVIN SIGN, LONG S), in characters, classes and alternatives.
import re

subjects = ["kK\u212a", "sS\u017f", "aAbB", "\u00e9\u00c9e"]
patterns = [r"k", r"K", r"\u212a", r"[k]", r"[K]", r"[a-z]+", r"[^a-z]", r"s", r"[S]", r"\u017f",
            r"(?:k|x)+", r"(?:K|s|A)+", r"(?:\u00e9|b)+", r"[\u00c9]", r"(k)\1", r"(?:a|B){2}"]
for pat in patterns:
    for s in subjects:
        print(repr(pat), repr(s), [m.span() for m in re.finditer(pat, s, re.I)],
              [m.span() for m in re.finditer(pat, s, re.I | re.A)], [m.span() for m in re.finditer(pat, s)])
