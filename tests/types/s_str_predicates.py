# str.is* predicates over ASCII and some Unicode.
samples = ["", "abc", "ABC", "Abc", "aBC", "abc1", "123", "1.5", " ", " \t\n", "\xa0", "\u3000",
           "é", "É", "ßa", "Hello World", "Hello world", "HELLO", "hello_", "_x1", "1x", "x y",
           "²", "½", "٣", "Ⅻ", "一二", "\x00", "\x7f", "a\nb", "\u200b", "ábc", "ΑΒΓ", "αβγ",
           "Жук", "ǅ", "ab'cd", "Ab'Cd", "class", "été", "x\u0301", "\U0001f600"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(),
          s.isprintable(), s.isascii())
