# len counts code points, not bytes.
print(len(""), len("a"), len("abc"))
print(len("é"), len("café"), len("naïve"))
print(len("漢字"), len("漢字かな"))
print(len("😀"), len("a😀b"))
print(len("\n\t"), len("\x00"))
s = "é" * 1000
print(len(s))
print(len("日本語のテキスト"), len("Ünïcödé"))
print(len(str(2 ** 100)))
