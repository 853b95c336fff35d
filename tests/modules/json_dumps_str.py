import json
tests = ["plain", 'q"uote', "back\\slash", "new\nline", "tab\tcr\r", "\b\f", "\x00\x01\x1f",
         "\x7f", "caf\u00e9", "\u20ac", "\uffff", "\U0001F600", "\U00010000\U0010FFFF",
         "mixed \u00e9\n\U0001F600 end", "/slash/", "'single'"]
for s in tests:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False).encode("utf-8"))
print(json.dumps({"\u00e9": "\u00e9"}))
print(json.dumps("x" * 300)[:10], len(json.dumps("\u00e9" * 100)))
