# strip, lstrip and rstrip with no argument remove whitespace.
s = "  \t hello world \n "
print(repr(s.strip()))
print(repr(s.lstrip()))
print(repr(s.rstrip()))
print(repr("".strip()), repr("   ".strip()))
print(repr("no spaces".strip()))
print(repr("\r\n\x0b\x0cx\t".strip()))
print(repr("  é 漢  ".strip()))
print(repr("a b".strip()))
